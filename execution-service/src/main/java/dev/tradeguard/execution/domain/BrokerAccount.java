package dev.tradeguard.execution.domain;

import java.math.BigDecimal;

/** The broker account; {@code accountNumber} is masked wherever it leaves this service ({@link Masking}). */
public record BrokerAccount(String id, String accountNumber, String status, boolean tradingBlocked,
        boolean accountBlocked, boolean tradeSuspendedByUser, BigDecimal equity, BigDecimal lastEquity,
        BigDecimal cash, BigDecimal buyingPower) {

    /** Alpaca's paper account numbers start with PA; live ones do not. */
    public boolean isPaperAccount() {
        return accountNumber != null && accountNumber.startsWith("PA");
    }
}

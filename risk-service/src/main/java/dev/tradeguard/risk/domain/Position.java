package dev.tradeguard.risk.domain;

import java.math.BigDecimal;

/** A position as execution-service last reported it (snapshot or change). {@code quantity} is signed: negative for a short. */
public record Position(String symbol, BigDecimal quantity, BigDecimal avgEntryPrice, BigDecimal currentPrice) {
    public boolean isLong() {
        return quantity.signum() > 0;
    }

    public boolean isShort() {
        return quantity.signum() < 0;
    }

    public BigDecimal marketValue() {
        return quantity.abs().multiply(currentPrice);
    }
}

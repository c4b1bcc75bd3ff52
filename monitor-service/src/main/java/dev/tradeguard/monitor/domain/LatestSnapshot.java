package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The newest snapshot of one account. */
@RegisterForReflection
public record LatestSnapshot(String accountId, String strategy, Instant occurredAt, BigDecimal equity,
        BigDecimal lastEquity, BigDecimal cash, BigDecimal buyingPower, List<PositionSnapshot> positions) {

    /** Borrowed cash: the negative part of the cash balance. */
    public BigDecimal marginUsed() {
        return cash.signum() < 0 ? cash.negate() : BigDecimal.ZERO;
    }
}

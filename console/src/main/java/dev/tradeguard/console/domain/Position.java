package dev.tradeguard.console.domain;

import java.math.BigDecimal;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An open position with its unrealized P&L at the latest mark (monitor-service's daily report). */
@RegisterForReflection
public record Position(String symbol, BigDecimal quantity, BigDecimal avgEntryPrice, BigDecimal currentPrice,
        BigDecimal marketValue, BigDecimal costBasis, BigDecimal unrealizedPl, BigDecimal unrealizedPlPct) {

    public boolean losing() {
        return unrealizedPl != null && unrealizedPl.signum() < 0;
    }
}

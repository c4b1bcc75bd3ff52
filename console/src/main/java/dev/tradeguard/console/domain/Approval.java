package dev.tradeguard.console.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** risk-service's approval, as {@code GET /approvals} answers it. */
@RegisterForReflection
public record Approval(UUID id, String recommendationId, String accountId, String strategy, String symbol, String side,
        BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, String highRiskReasons,
        String status, Instant requestedAt, Instant expiresAt, String decidedBy, Instant decidedAt,
        String decisionReason) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    /** Quantity × limit: what the sizing put at stake (null for a market order). */
    public BigDecimal notional() {
        return quantity == null || limitPrice == null ? null : quantity.multiply(limitPrice).setScale(2,
                RoundingMode.HALF_UP);
    }

    /** How far the stop is from the limit, in percent of the limit. */
    public BigDecimal stopDistancePct() {
        if (limitPrice == null || stopLoss == null || limitPrice.signum() == 0) {
            return null;
        }
        return limitPrice.subtract(stopLoss).abs().multiply(BigDecimal.valueOf(100))
                .divide(limitPrice, 2, RoundingMode.HALF_UP);
    }
}

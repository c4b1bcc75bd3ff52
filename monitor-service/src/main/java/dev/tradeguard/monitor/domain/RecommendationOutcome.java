package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What became of one recommendation: the guide's "analyze all recommendations vs actual performance".
 *
 * @param status NOT_TRADED, OPEN (a position from it is still held) or CLOSED
 * @param realizedPnl profit of its closed round trips (and partial exits of an open one)
 * @param returnPct realized P&amp;L over the cost of its closed round trips; null unless CLOSED
 * @param stopHit a closing price at or beyond its stop loss; null when it had no stop or was not closed
 * @param targetHit a closing price at or beyond its take-profit; null when it had no target or was not closed
 */
@RegisterForReflection
public record RecommendationOutcome(String recommendationId, String accountId, String strategy, String symbol,
        String side, Instant recommendedAt, BigDecimal entryPrice, BigDecimal stopLoss, BigDecimal takeProfit,
        Status status, BigDecimal averageFillPrice, BigDecimal exitPrice, BigDecimal realizedPnl,
        BigDecimal returnPct, Boolean stopHit, Boolean targetHit) {

    public enum Status {
        NOT_TRADED, OPEN, CLOSED
    }
}

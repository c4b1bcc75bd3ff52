package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A position of the newest snapshot with what monitor knows about it.
 *
 * @param quantity signed: negative for a short
 * @param unrealizedPlPct gain as a fraction of cost basis; null when the snapshot did not say
 * @param openedAt when the position was opened (first fill, or the first snapshot showing it)
 * @param stopLoss the stop of the recommendation that opened it; null when none is known
 */
public record WatchedPosition(String accountId, String symbol, BigDecimal quantity, BigDecimal avgEntryPrice,
        BigDecimal currentPrice, BigDecimal unrealizedPlPct, Instant openedAt, BigDecimal stopLoss,
        BigDecimal takeProfit, String recommendationId) {

    public boolean isShort() {
        return quantity.signum() < 0;
    }

    /** The snapshot's unrealized P&amp;L %, or (current - entry) / entry, sign-flipped for a short. */
    public BigDecimal gainPct() {
        if (unrealizedPlPct != null) {
            return unrealizedPlPct;
        }
        BigDecimal move = currentPrice.subtract(avgEntryPrice).divide(avgEntryPrice, MetricsCalculator.MATH);
        return isShort() ? move.negate() : move;
    }
}

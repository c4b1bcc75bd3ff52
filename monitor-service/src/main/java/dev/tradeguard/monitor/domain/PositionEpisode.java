package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** One position from the snapshot it appeared in until it was gone; its stop comes from its recommendation. */
public record PositionEpisode(long id, String accountId, String symbol, Direction direction, Instant openedAt,
        BigDecimal stopLoss, BigDecimal takeProfit, String recommendationId) {

    public PositionEpisode withId(long newId) {
        return new PositionEpisode(newId, accountId, symbol, direction, openedAt, stopLoss, takeProfit,
                recommendationId);
    }
}

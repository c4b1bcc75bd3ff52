package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradeguard.model.Side;

/**
 * One execution as the trade ledger matches it.
 *
 * @param quantity shares in this execution, always positive; {@link #side()} says which way
 * @param correlationId the recommendation the order descends from, if any
 */
public record LedgerFill(String accountId, String strategy, String symbol, Side side, BigDecimal quantity,
        BigDecimal price, Instant time, String correlationId) {

    /** Buys add to a position, sells take from it: +quantity for BUY/BUY_TO_COVER, -quantity otherwise. */
    public BigDecimal signedQuantity() {
        return side == Side.BUY || side == Side.BUY_TO_COVER ? quantity : quantity.negate();
    }
}

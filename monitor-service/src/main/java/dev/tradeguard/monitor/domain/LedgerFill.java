package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;

/**
 * One execution as the trade ledger matches it.
 *
 * @param quantity shares in this execution, always positive; {@link #side()} says which way
 * @param correlationId the recommendation the order descends from, if any
 */
public record LedgerFill(String accountId, String strategy, String symbol, Side side, BigDecimal quantity,
        BigDecimal price, Instant time, String correlationId) {

    /** The execution a FILL or PARTIAL_FILL update reports. */
    public static LedgerFill of(OrderUpdate fill) {
        return new LedgerFill(fill.accountId(), fill.strategy(), fill.symbol(), fill.side(), fill.fillQuantity(),
                fill.fillPrice(), fill.brokerTimestamp(), fill.correlationId());
    }

    /** Buys add to a position, sells take from it: +quantity for BUY/BUY_TO_COVER, -quantity otherwise. */
    public BigDecimal signedQuantity() {
        return side == Side.BUY || side == Side.BUY_TO_COVER ? quantity : quantity.negate();
    }
}

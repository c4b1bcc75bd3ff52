package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade_updates message. {@code price} and {@code positionQuantity} are set on fills. Alpaca's per-fill quantity is
 * derived from the change of the order's cumulative filled quantity, which also tells a replayed fill from a new one.
 */
public record BrokerTradeUpdate(String event, Instant timestamp, BigDecimal price, BigDecimal positionQuantity,
        BrokerOrder order) {
}

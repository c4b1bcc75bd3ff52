package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One message of the trade_updates stream. {@code price}, {@code qty} and {@code positionQty} are set for fills only;
 * {@code order} is a frozen copy taken when the event happened.
 */
public record TradeUpdate(String event, String executionId, SimOrder order, Instant timestamp, BigDecimal price,
                          BigDecimal qty, BigDecimal positionQty) {

    public static TradeUpdate of(String event, SimOrder order, Instant at) {
        return new TradeUpdate(event, null, order.snapshot(), at, null, null, null);
    }
}

package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One printed trade: the simulator's last price at a moment. {@code id} counts the trades printed on the symbol's path
 * since the last reset, so the streamed trade and the REST "latest trade" name the same print.
 */
public record Trade(String symbol, long id, BigDecimal price, long size, Instant timestamp) {

    /** The simulator prints round lots: one size for every trade, streamed and over REST. */
    public static final long ROUND_LOT = 100;
}

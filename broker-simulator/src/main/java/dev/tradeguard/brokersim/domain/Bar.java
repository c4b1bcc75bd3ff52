package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One OHLCV bar; {@code timestamp} is the start of the bar's interval, as in Alpaca's market data. */
public record Bar(String symbol, Instant timestamp, Duration length, BigDecimal open, BigDecimal high, BigDecimal low,
                  BigDecimal close, long volume, long tradeCount, BigDecimal vwap) {

    public Instant end() {
        return timestamp.plus(length);
    }

    /** A single trade at one price, for prices set by hand and for orders checked the moment they arrive. */
    public static Bar tick(String symbol, Instant at, BigDecimal price) {
        return new Bar(symbol, at, Duration.ZERO, price, price, price, price, 0, 0, price);
    }
}

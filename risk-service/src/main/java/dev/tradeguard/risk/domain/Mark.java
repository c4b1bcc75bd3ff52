package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;

/**
 * The price that moved an account: a halt names it so a person sees which tick (or fill) crossed the limit, and when
 * that price traded, not when risk-service heard of it.
 */
public record Mark(String symbol, BigDecimal price, Instant priceAt, PositionChangeCause cause) {

    public static Mark of(PositionChanged change) {
        return new Mark(change.symbol(), change.currentPrice(), change.priceAt(), change.cause());
    }

    /** {@code on mark AAPL 142.10 at 2026-12-02T15:31:02.123Z (TICK)}, appended to a halt's reason. */
    public String describe() {
        return "on mark " + symbol + " " + Money.price(price).toPlainString() + " at " + priceAt + " (" + cause + ")";
    }

    /** The same, as alert details for machines. */
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("symbol", symbol);
        details.put("price", price.toPlainString());
        details.put("priceAt", priceAt.toString());
        details.put("cause", cause.name());
        return details;
    }
}

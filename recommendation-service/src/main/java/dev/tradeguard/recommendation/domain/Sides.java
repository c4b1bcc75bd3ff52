package dev.tradeguard.recommendation.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.tradeguard.model.Side;

/** Reads a side as people and the original bot write it: {@code buy}, {@code sell short}, {@code BUY_TO_CLOSE}… */
public final class Sides {
    private static final Map<String, Side> NAMES = Map.ofEntries(
            Map.entry("BUY", Side.BUY), Map.entry("BUY_TO_OPEN", Side.BUY), Map.entry("LONG", Side.BUY),
            Map.entry("SELL", Side.SELL), Map.entry("SELL_TO_CLOSE", Side.SELL),
            Map.entry("SELL_SHORT", Side.SELL_SHORT), Map.entry("SELL_TO_OPEN", Side.SELL_SHORT),
            Map.entry("SHORT", Side.SELL_SHORT),
            Map.entry("BUY_TO_COVER", Side.BUY_TO_COVER), Map.entry("BUY_TO_CLOSE", Side.BUY_TO_COVER),
            Map.entry("COVER", Side.BUY_TO_COVER));

    public static final String ACCEPTED = "buy, sell, sell short, buy to cover (also BUY_TO_CLOSE, SELL_TO_OPEN)";

    private Sides() {
    }

    public static Optional<Side> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Optional.ofNullable(NAMES.get(key));
    }

    /** Opening sides carry a bracket (stop loss, take profit); closing sides only reduce a position. */
    public static boolean opens(Side side) {
        return side == Side.BUY || side == Side.SELL_SHORT;
    }
}

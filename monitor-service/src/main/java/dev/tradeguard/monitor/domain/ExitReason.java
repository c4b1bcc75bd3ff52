package dev.tradeguard.monitor.domain;

import dev.tradeguard.model.OrderType;

/** What closed a position, as far as the closing fill tells. */
public enum ExitReason {
    /** A stop order filled: the bracket's stop leg (or any stop order). */
    STOP_LOSS("the stop leg"),
    /** A limit order of the same recommendation as the opening fill filled: the bracket's take-profit leg. */
    TAKE_PROFIT("the take-profit leg"),
    /** Any other order: placed by hand, outside TradeGuard, or by another recommendation. */
    MANUAL("a manual order");

    private final String words;

    ExitReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * The reason of the fill of an order of {@code type} carrying {@code correlationId} that closed a position opened
     * for {@code positionCorrelationId}; null when the order type is unknown.
     */
    public static ExitReason of(OrderType type, String correlationId, String positionCorrelationId) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case STOP, STOP_LIMIT, TRAILING_STOP -> STOP_LOSS;
            case LIMIT -> correlationId != null && correlationId.equals(positionCorrelationId) ? TAKE_PROFIT : MANUAL;
            case MARKET -> MANUAL;
        };
    }
}

package dev.tradeguard.model;

import java.util.List;

/** Kafka topic names (BRIEF "Topics"). Every topic is keyed by account id. */
public final class Topics {
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String APPROVED_ORDERS = "approved-orders";
    /** Compacted: the latest kill-switch state per account. */
    public static final String TRADING_STATE = "trading-state";
    public static final String FILLS = "fills";
    public static final String POSITIONS = "positions";
    public static final String ALERTS = "alerts";

    public static final String DLQ_SUFFIX = ".dlq";

    /** The topics that carry events; each has a {@link #dlq(String) dead-letter topic}. */
    public static final List<String> EVENT_TOPICS =
            List.of(RECOMMENDATIONS, APPROVED_ORDERS, TRADING_STATE, FILLS, POSITIONS, ALERTS);

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    public static boolean isCompacted(String topic) {
        return TRADING_STATE.equals(topic);
    }
}

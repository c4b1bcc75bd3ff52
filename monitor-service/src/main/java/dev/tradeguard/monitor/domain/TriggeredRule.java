package dev.tradeguard.monitor.domain;

import java.util.Map;

/** A position rule that fired, with the words and facts of its alert. */
public record TriggeredRule(PositionRule rule, String symbol, String subject, String message,
        Map<String, String> details) {
}

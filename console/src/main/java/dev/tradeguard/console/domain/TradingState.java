package dev.tradeguard.console.domain;

import java.time.Instant;

/** One account's kill switch as risk-service holds it: the state, why, who, when. */
public record TradingState(String accountId, String previousState, String state, String reason, String changedBy,
        Instant changedAt) {
}

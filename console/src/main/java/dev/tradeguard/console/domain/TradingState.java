package dev.tradeguard.console.domain;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One account's kill switch as risk-service holds it: the state, why, who, when. */
@RegisterForReflection
public record TradingState(String accountId, String previousState, String state, String reason, String changedBy,
        Instant changedAt) {
}

package dev.tradeguard.execution.domain;

import java.time.Instant;

import dev.tradeguard.model.TradingState;

/** The trading state of an account as execution-service last heard it from risk-service. */
public record KnownTradingState(String accountId, TradingState state, String reason, String changedBy,
        Instant changedAt) {

    /** Only an explicit ACTIVE lets new orders out; REDUCING is decided per order. */
    public boolean allowsNewOrders() {
        return state == TradingState.ACTIVE;
    }
}

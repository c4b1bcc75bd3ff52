package dev.tradeguard.risk.domain;

import java.time.Instant;

import dev.tradeguard.model.TradingState;

/** The kill switch of one account, or one change in its history. */
public record TradingStateRecord(String accountId, TradingState previousState, TradingState state, String reason,
        String changedBy, Instant changedAt) {
}

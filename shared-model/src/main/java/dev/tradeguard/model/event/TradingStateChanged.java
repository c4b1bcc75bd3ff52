package dev.tradeguard.model.event;

import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.validation.Violations;

/**
 * The kill switch of one account, on the compacted {@code trading-state} topic: the latest record per account is the
 * state in force. Audited: who changed it, and why.
 */
public record TradingStateChanged(
        UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        TradingState state, TradingState previousState, String reason, String changedBy) implements TradingEvent {

    @Override
    public boolean strategyRequired() {
        return false;
    }

    @Override
    public void validateBody(Violations violations) {
        violations.required("state", state);
        violations.requiredText("reason", reason, 1000);
        violations.required("changedBy", changedBy);
    }
}

package dev.tradeguard.model.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.validation.Violations;

/**
 * Something people must hear about, on the {@code alerts} topic. alert-service routes it by {@link #alertType()} and
 * delivers it at most once per channel, keyed by {@link #eventId()}.
 *
 * @param subject one line; alerts of the same type, account and subject within a window are collapsed
 * @param details extra key/value facts (symbol, limit, actual, approve link...)
 */
public record Alert(
        UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        AlertType alertType, Priority priority, String subject, String message, Map<String, String> details)
        implements TradingEvent {

    public static Alert of(Envelope envelope, AlertType type, String subject, String message,
            Map<String, String> details) {
        return new Alert(envelope.eventId(), envelope.schemaVersion(), envelope.accountId(), envelope.strategy(),
                envelope.occurredAt(), envelope.correlationId(), type, type.defaultPriority(), subject, message,
                withoutNulls(details));
    }

    private static Map<String, String> withoutNulls(Map<String, String> details) {
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        if (details != null) {
            details.forEach((key, value) -> {
                if (key != null && value != null) {
                    copy.put(key, value);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean strategyRequired() {
        return false;
    }

    @Override
    public void validateBody(Violations violations) {
        violations.required("alertType", alertType);
        violations.required("priority", priority);
        violations.requiredText("subject", subject, 200);
        violations.required("message", message);
    }
}

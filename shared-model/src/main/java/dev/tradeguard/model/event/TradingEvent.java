package dev.tradeguard.model.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/**
 * The common envelope of every event on every topic (BRIEF "Topics"). Records implement it with the envelope fields
 * first, so the JSON of every event starts the same way.
 */
public interface TradingEvent {
    /**
     * The schema version this code writes. Readers accept this and older versions. 2: the {@code positions} topic
     * carries more than one kind of event, each naming itself in {@code kind} (see {@link PositionsEvent}).
     */
    int CURRENT_SCHEMA_VERSION = 2;

    UUID eventId();

    Integer schemaVersion();

    /** The Kafka key: every topic is keyed by account id. */
    String accountId();

    /** The strategy (e.g. {@code DEE-BOT}); absent on account-wide events. */
    String strategy();

    Instant occurredAt();

    /** The id of the recommendation this event descends from. */
    String correlationId();

    /** Every violation of this event, envelope first, each named by its field. Empty when valid. */
    default List<Violation> validate() {
        Violations violations = new Violations();
        violations.required("eventId", eventId());
        if (violations.required("schemaVersion", schemaVersion())
                && (schemaVersion() < 1 || schemaVersion() > CURRENT_SCHEMA_VERSION)) {
            violations.add("schemaVersion",
                    "must be between 1 and " + CURRENT_SCHEMA_VERSION + ", got " + schemaVersion());
        }
        violations.required("accountId", accountId());
        violations.maxLength("accountId", accountId(), 64);
        if (strategyRequired()) {
            violations.required("strategy", strategy());
        }
        violations.maxLength("strategy", strategy(), 64);
        violations.required("occurredAt", occurredAt());
        if (correlationRequired()) {
            violations.required("correlationId", correlationId());
        }
        violations.maxLength("correlationId", correlationId(), 128);
        validateBody(violations);
        return violations.toList();
    }

    /** Adds the violations of the event-specific fields. */
    void validateBody(Violations violations);

    default boolean strategyRequired() {
        return true;
    }

    default boolean correlationRequired() {
        return false;
    }
}

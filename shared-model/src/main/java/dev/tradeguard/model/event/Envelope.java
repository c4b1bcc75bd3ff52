package dev.tradeguard.model.event;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The envelope values of a new event: a fresh id, the current schema version and the time it happened. */
public record Envelope(UUID eventId, int schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId) {

    public static Envelope create(String accountId, String strategy, String correlationId, Clock clock) {
        return at(accountId, strategy, correlationId, clock.instant());
    }

    /** An event that happened at {@code occurredAt}, e.g. the broker's time of the valuation it is about. */
    public static Envelope at(String accountId, String strategy, String correlationId, Instant occurredAt) {
        return new Envelope(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, accountId, strategy, occurredAt,
                correlationId);
    }

    public static Envelope create(String accountId, String strategy, String correlationId) {
        return create(accountId, strategy, correlationId, Clock.systemUTC());
    }
}

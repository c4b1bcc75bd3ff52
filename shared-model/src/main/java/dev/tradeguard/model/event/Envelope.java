package dev.tradeguard.model.event;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The envelope values of a new event: a fresh id, the current schema version and the time it happened. */
public record Envelope(UUID eventId, int schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId) {

    public static Envelope create(String accountId, String strategy, String correlationId, Clock clock) {
        return new Envelope(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, accountId, strategy,
                clock.instant(), correlationId);
    }

    public static Envelope create(String accountId, String strategy, String correlationId) {
        return create(accountId, strategy, correlationId, Clock.systemUTC());
    }
}

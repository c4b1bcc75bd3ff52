package dev.tradeguard.console.domain;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An alert alert-service received for the account. */
@RegisterForReflection
public record Alert(UUID eventId, String accountId, String alertType, String priority, String subject, String message,
        Instant occurredAt) {
}

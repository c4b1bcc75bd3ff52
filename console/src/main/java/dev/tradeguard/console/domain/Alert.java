package dev.tradeguard.console.domain;

import java.time.Instant;
import java.util.UUID;

/** An alert alert-service received for the account. */
public record Alert(UUID eventId, String accountId, String alertType, String priority, String subject, String message,
        Instant occurredAt) {
}

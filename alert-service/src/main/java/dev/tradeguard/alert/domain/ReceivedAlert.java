package dev.tradeguard.alert.domain;

import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

/** An alert alert-service has taken responsibility for delivering. */
public record ReceivedAlert(UUID eventId, String accountId, AlertType alertType, Priority priority, String subject,
        String message, Instant occurredAt) {
}

package dev.tradeguard.console.domain;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One (alert, channel) delivery from alert-service's log. */
@RegisterForReflection
public record Delivery(long id, String alertType, String priority, String subject, String channel, String status,
        int attempts, String lastError, Instant createdAt, Instant sentAt) {
}

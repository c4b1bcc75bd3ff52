package dev.tradeguard.alert.domain;

import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

/** One row of the delivery log: one alert on one channel. */
public record Delivery(long id, UUID eventId, String accountId, AlertType alertType, Priority priority,
        String subject, ChannelName channel, DeliveryStatus status, int attempts, String lastError,
        Instant nextAttemptAt, ChannelName escalatedFrom, Instant createdAt, Instant sentAt) {
}

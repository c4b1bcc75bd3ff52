package dev.tradeguard.alert.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.platform.persistence.SerialIdEntity;

/** One row of the delivery log: one alert on one channel (unique per event id and channel). */
@Entity
@Table(name = "alert_delivery")
public class DeliveryEntity extends SerialIdEntity {
    /** Named: the same column as {@link #alert}'s join column, and Hibernate matches the two by logical name. */
    @Column(name = "event_id")
    public UUID eventId;

    /** The alert delivered: its account, type, priority and subject are part of every {@link Delivery}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", insertable = false, updatable = false)
    public ReceivedAlertEntity alert;

    @Convert(converter = ChannelNameConverter.class)
    public ChannelName channel;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    public String lastError;

    public Instant nextAttemptAt;

    public Instant claimedAt;

    @Convert(converter = ChannelNameConverter.class)
    public ChannelName escalatedFrom;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant updatedAt;

    public Instant sentAt;

    /** {@link DeliveryRepository#rank}: the claim sends the lowest first. */
    public short priorityRank;

    public Delivery toDomain() {
        return new Delivery(id, eventId, alert.accountId, alert.alertType, alert.priority, alert.subject, channel,
                status, attempts, lastError, nextAttemptAt, escalatedFrom, createdAt, sentAt);
    }
}

package dev.tradeguard.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.platform.persistence.SerialIdEntity;

/**
 * One row of the transactional outbox (db/common). Every service that depends on service-support has this entity,
 * so its persistence unit exists even before the service has entities of its own. Its serial ids follow the order of
 * {@code enqueue}: the relay's order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity extends SerialIdEntity {
    @Column(nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false, length = 128)
    public String topic;

    @Column(nullable = false, length = 128)
    public String messageKey;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    /** The database's now() at insert (column default): the writing transaction's time. */
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant publishedAt;

    /** {@code event} waiting for {@code topic}, keyed by its account id (one partition per account). */
    static OutboxEventEntity of(String topic, TradingEvent event) {
        OutboxEventEntity row = new OutboxEventEntity();
        row.eventId = event.eventId();
        row.topic = topic;
        row.messageKey = event.accountId();
        row.payload = EventJson.toJson(event);
        return row;
    }
}

package dev.tradeguard.risk.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.event.ApprovedOrder;

/** Table approved_order: an order sent to execution and whether the broker has finished with it. */
@Entity
@Table(name = "approved_order")
public class ApprovedOrderEntity extends RecommendedOrderEntity {
    @Id
    public UUID orderId;

    public String recommendationId;

    public Instant approvedAt;

    public Instant expiresAt;

    public boolean terminal;

    static ApprovedOrderEntity from(ApprovedOrder order) {
        ApprovedOrderEntity entity = new ApprovedOrderEntity();
        entity.orderId = order.orderId();
        entity.recommendationId = order.correlationId();
        entity.accountId = order.accountId();
        entity.strategy = order.strategy();
        entity.symbol = order.symbol();
        entity.side = order.side();
        entity.quantity = order.quantity();
        entity.approvedAt = order.occurredAt();
        entity.expiresAt = order.expiresAt();
        return entity;
    }
}

package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.ApprovedOrder;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table approved_order: an order sent to execution and whether the broker has finished with it. */
@Entity
@Table(name = "approved_order")
public class ApprovedOrderEntity extends PanacheEntityBase {
    @Id
    public UUID orderId;

    public String recommendationId;

    public String accountId;

    public String strategy;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal quantity;

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

package dev.tradeguard.risk.repository;

import java.math.BigDecimal;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import dev.tradeguard.model.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The order a recommendation asks for, as decision, approval and approved_order each record it (the same columns in
 * the three tables); each keys it its own way.
 */
@MappedSuperclass
public abstract class RecommendedOrderEntity extends PanacheEntityBase {
    public String accountId;

    public String strategy;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal quantity;
}

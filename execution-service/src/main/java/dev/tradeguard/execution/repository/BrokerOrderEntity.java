package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What was last published for one broker order, legs included (table broker_order); side and status as Alpaca says. */
@Entity
@Table(name = "broker_order")
public class BrokerOrderEntity extends PanacheEntityBase {
    @Id
    public String brokerOrderId;

    public UUID approvedOrderId;

    public String clientOrderId;

    /** ENTRY, LEG or EXTERNAL (OrderLedgerService's roles). */
    public String role;

    public String symbol;

    public String side;

    public String status;

    public BigDecimal filledQuantity;

    public BigDecimal filledAvgPrice;

    public Instant updatedAt;

    public BrokerOrderRecord toDomain() {
        return new BrokerOrderRecord(brokerOrderId, approvedOrderId, clientOrderId, role, symbol, side, status,
                filledQuantity, filledAvgPrice);
    }
}

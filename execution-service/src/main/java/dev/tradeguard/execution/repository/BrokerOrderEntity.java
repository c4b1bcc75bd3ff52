package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What was last published for one broker order, legs included (table broker_order); side and status as Alpaca says. */
@Entity
@Table(name = "broker_order")
public class BrokerOrderEntity extends PanacheEntityBase {
    @Id
    @Column(name = "broker_order_id")
    public String brokerOrderId;

    @Column(name = "approved_order_id")
    public UUID approvedOrderId;

    @Column(name = "client_order_id")
    public String clientOrderId;

    /** ENTRY, LEG or EXTERNAL (OrderLedgerService's roles). */
    public String role;

    public String symbol;

    public String side;

    public String status;

    @Column(name = "filled_quantity")
    public BigDecimal filledQuantity;

    @Column(name = "filled_avg_price")
    public BigDecimal filledAvgPrice;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public BrokerOrderRecord toDomain() {
        return new BrokerOrderRecord(brokerOrderId, approvedOrderId, clientOrderId, role, symbol, side, status,
                filledQuantity, filledAvgPrice);
    }
}

package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.execution.domain.LedgerStatusChange;
import dev.tradeguard.platform.persistence.SerialIdEntity;

/** One line of an order's history (table order_status_change); state and event as they were said, possibly null. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChangeEntity extends SerialIdEntity {
    public UUID approvedOrderId;

    public String brokerOrderId;

    public String state;

    public String event;

    public String brokerStatus;

    public BigDecimal filledQuantity;

    public BigDecimal fillQuantity;

    public BigDecimal fillPrice;

    public String source;

    public String detail;

    /** The service's Clock, like the ledger row's times (the simulated time in a replay), not the database's. */
    @Column(updatable = false)
    public Instant recordedAt;

    public LedgerStatusChange toDomain() {
        return new LedgerStatusChange(brokerOrderId, state, event, brokerStatus, filledQuantity, fillQuantity,
                fillPrice, source, detail, recordedAt);
    }
}

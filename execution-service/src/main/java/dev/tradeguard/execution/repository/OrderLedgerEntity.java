package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerState;
import dev.tradeguard.model.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One approved order in the order ledger (BRIEF invariant 1). Rows are created by {@link OrderLedgerRepository#claim}
 * (an insert that may find the row claimed already) and changed by bulk updates, never through a managed instance.
 */
@Entity
@Table(name = "order_ledger")
public class OrderLedgerEntity extends PanacheEntityBase {
    @Id
    @Column(name = "approved_order_id")
    public UUID approvedOrderId;

    @Column(name = "client_order_id")
    public String clientOrderId;

    @Column(name = "broker_order_id")
    public String brokerOrderId;

    @Column(name = "account_id")
    public String accountId;

    public String strategy;

    @Column(name = "correlation_id")
    public String correlationId;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    public LedgerState state;

    @Column(name = "broker_status")
    public String brokerStatus;

    @Column(name = "filled_quantity")
    public BigDecimal filledQuantity;

    @Column(name = "filled_avg_price")
    public BigDecimal filledAvgPrice;

    public String reason;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The approved order as received (its JSON), for recovery to check and send it again. */
    @Column(name = "approved_order")
    public String approvedOrder;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public LedgerEntry toDomain() {
        return new LedgerEntry(approvedOrderId, clientOrderId, brokerOrderId, accountId, strategy, correlationId,
                symbol, side.name(), quantity, state.name(), brokerStatus, filledQuantity, filledAvgPrice, reason,
                expiresAt, createdAt, submittedAt, updatedAt);
    }
}

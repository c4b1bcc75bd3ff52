package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

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
    public UUID approvedOrderId;

    public String clientOrderId;

    public String brokerOrderId;

    public String accountId;

    public String strategy;

    public String correlationId;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    public LedgerState state;

    public String brokerStatus;

    public BigDecimal filledQuantity;

    public BigDecimal filledAvgPrice;

    public String reason;

    public Instant expiresAt;

    /** The approved order as received (its JSON), for recovery to check and send it again. */
    public String approvedOrder;

    public Instant createdAt;

    public Instant submittedAt;

    public Instant updatedAt;

    public LedgerEntry toDomain() {
        return new LedgerEntry(approvedOrderId, clientOrderId, brokerOrderId, accountId, strategy, correlationId,
                symbol, side.name(), quantity, state.name(), brokerStatus, filledQuantity, filledAvgPrice, reason,
                expiresAt, createdAt, submittedAt, updatedAt);
    }
}

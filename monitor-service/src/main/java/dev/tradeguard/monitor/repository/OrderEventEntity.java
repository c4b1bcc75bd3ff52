package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.monitor.domain.LedgerFill;
import dev.tradeguard.monitor.domain.RecordedFill;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One order lifecycle event from the fills topic; the trade ledger is computed from these. */
@Entity
@Table(name = "order_event")
public class OrderEventEntity extends PanacheEntityBase {
    @Id
    public UUID eventId;

    public String accountId;

    public String strategy;

    public String correlationId;

    public String brokerOrderId;

    public String clientOrderId;

    @Enumerated(EnumType.STRING)
    public OrderEventType eventType;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal fillQuantity;

    public BigDecimal fillPrice;

    public BigDecimal positionQuantity;

    public Instant brokerTimestamp;

    /** Set by the database (now()) when the event is stored: orders events of the same broker time. */
    @Column(insertable = false, updatable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public OrderType orderType;

    public BigDecimal orderQuantity;

    public BigDecimal filledQuantity;

    public BigDecimal filledAvgPrice;

    public BigDecimal limitPrice;

    RecordedFill toRecordedFill() {
        return new RecordedFill(accountId, strategy, brokerOrderId, eventType, symbol, side, fillQuantity, fillPrice,
                positionQuantity, brokerTimestamp);
    }

    LedgerFill toLedgerFill() {
        return new LedgerFill(accountId, strategy, symbol, side, fillQuantity, fillPrice, brokerTimestamp,
                correlationId);
    }
}

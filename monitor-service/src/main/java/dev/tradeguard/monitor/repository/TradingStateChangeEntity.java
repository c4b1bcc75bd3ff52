package dev.tradeguard.monitor.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.TradingState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One kill-switch change seen on the trading-state topic. */
@Entity
@Table(name = "trading_state_change")
public class TradingStateChangeEntity extends PanacheEntityBase {
    @Id
    public UUID eventId;

    public String accountId;

    @Enumerated(EnumType.STRING)
    public TradingState state;

    @Enumerated(EnumType.STRING)
    public TradingState previousState;

    public String reason;

    public String changedBy;

    public Instant occurredAt;
}

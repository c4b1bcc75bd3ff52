package dev.tradeguard.execution.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.execution.domain.KnownTradingState;
import dev.tradeguard.model.TradingState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last trading state heard for one account (table known_trading_state). */
@Entity
@Table(name = "known_trading_state")
public class KnownTradingStateEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Enumerated(EnumType.STRING)
    public TradingState state;

    public String reason;

    public String changedBy;

    public Instant changedAt;

    public UUID eventId;

    public KnownTradingState toDomain() {
        return new KnownTradingState(accountId, state, reason, changedBy, changedAt);
    }
}

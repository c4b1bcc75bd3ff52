package dev.tradeguard.execution.repository;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.execution.domain.KnownTradingState;
import dev.tradeguard.platform.persistence.AccountTradingStateEntity;

/** The last trading state heard for one account (table known_trading_state). */
@Entity
@Table(name = "known_trading_state")
public class KnownTradingStateEntity extends AccountTradingStateEntity {
    public UUID eventId;

    public KnownTradingState toDomain() {
        return new KnownTradingState(accountId, state, reason, changedBy, changedAt);
    }
}

package dev.tradeguard.risk.repository;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.platform.persistence.SerialIdEntity;
import dev.tradeguard.risk.domain.TradingStateRecord;

/** Table trading_state_history: every change of an account's kill switch, in order. */
@Entity
@Table(name = "trading_state_history")
public class TradingStateHistoryEntity extends SerialIdEntity {
    public String accountId;

    @Enumerated(EnumType.STRING)
    public TradingState previousState;

    @Enumerated(EnumType.STRING)
    public TradingState state;

    public String reason;

    public String changedBy;

    public Instant changedAt;

    static TradingStateHistoryEntity from(TradingStateRecord change) {
        TradingStateHistoryEntity entity = new TradingStateHistoryEntity();
        entity.accountId = change.accountId();
        entity.previousState = change.previousState();
        entity.state = change.state();
        entity.reason = change.reason();
        entity.changedBy = change.changedBy();
        entity.changedAt = change.changedAt();
        return entity;
    }

    TradingStateRecord toDomain() {
        return new TradingStateRecord(accountId, previousState, state, reason, changedBy, changedAt);
    }
}

package dev.tradeguard.risk.repository;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.risk.domain.TradingStateRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table trading_state: the kill switch of one account as it stands. */
@Entity
@Table(name = "trading_state")
public class TradingStateEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Enumerated(EnumType.STRING)
    public TradingState state;

    public String reason;

    public String changedBy;

    public Instant changedAt;

    void set(TradingStateRecord change) {
        accountId = change.accountId();
        state = change.state();
        reason = change.reason();
        changedBy = change.changedBy();
        changedAt = change.changedAt();
    }

    TradingStateRecord toDomain() {
        return new TradingStateRecord(accountId, null, state, reason, changedBy, changedAt);
    }
}

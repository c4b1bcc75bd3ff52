package dev.tradeguard.risk.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.platform.persistence.AccountTradingStateEntity;
import dev.tradeguard.risk.domain.TradingStateRecord;

/** Table trading_state: the kill switch of one account as it stands. */
@Entity
@Table(name = "trading_state")
public class TradingStateEntity extends AccountTradingStateEntity {
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

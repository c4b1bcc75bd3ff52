package dev.tradeguard.platform.persistence;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import dev.tradeguard.model.TradingState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The kill switch of one account as it stands, one row per account: risk-service's own and the copy
 * execution-service keeps of what it last heard have the same columns.
 */
@MappedSuperclass
public abstract class AccountTradingStateEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Enumerated(EnumType.STRING)
    public TradingState state;

    public String reason;

    public String changedBy;

    public Instant changedAt;
}

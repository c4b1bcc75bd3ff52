package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.monitor.domain.LatestSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The account's newest values: occurredAt is its newest valuation (snapshot or position change), snapshotAt its
 * newest snapshot.
 */
@Entity
@Table(name = "account_snapshot")
public class AccountSnapshotEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    public String strategy;

    public Instant occurredAt;

    public Instant snapshotAt;

    public BigDecimal equity;

    public BigDecimal lastEquity;

    public BigDecimal cash;

    public BigDecimal buyingPower;

    LatestSnapshot toDomain(List<PositionSnapshot> held) {
        return new LatestSnapshot(accountId, strategy, occurredAt, equity, lastEquity, cash, buyingPower,
                List.copyOf(held));
    }
}

package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.AccountState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table account_state: the latest values of an account (snapshot or position change). */
@Entity
@Table(name = "account_state")
public class AccountStateEntity extends PanacheEntityBase {
    @Id
    @Column(name = "account_id")
    public String accountId;

    public BigDecimal equity;

    @Column(name = "last_equity")
    public BigDecimal lastEquity;

    public BigDecimal cash;

    @Column(name = "buying_power")
    public BigDecimal buyingPower;

    public int positions;

    @Column(name = "market_open")
    public boolean marketOpen;

    @Column(name = "snapshot_at")
    public Instant snapshotAt;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "high_water_mark")
    public BigDecimal highWaterMark;

    @Column(name = "heard_at")
    public Instant heardAt;

    AccountState toDomain() {
        return new AccountState(accountId, equity, lastEquity, cash, buyingPower, positions, marketOpen, snapshotAt,
                highWaterMark, heardAt);
    }
}

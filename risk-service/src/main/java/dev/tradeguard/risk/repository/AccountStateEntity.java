package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

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
    public String accountId;

    public BigDecimal equity;

    public BigDecimal lastEquity;

    public BigDecimal cash;

    public BigDecimal buyingPower;

    public int positions;

    public boolean marketOpen;

    public Instant snapshotAt;

    public UUID eventId;

    public BigDecimal highWaterMark;

    public Instant heardAt;

    AccountState toDomain() {
        return new AccountState(accountId, equity, lastEquity, cash, buyingPower, positions, marketOpen, snapshotAt,
                highWaterMark, heardAt);
    }
}

package dev.tradeguard.monitor.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One position of an account as the newest event that moved it left it (asOf); quantity 0 when closed. */
@Entity
@Table(name = "account_position")
@IdClass(AccountPositionEntity.Key.class)
public class AccountPositionEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public String symbol;

    public BigDecimal quantity;

    public BigDecimal avgEntryPrice;

    public BigDecimal currentPrice;

    public BigDecimal marketValue;

    public BigDecimal costBasis;

    public BigDecimal unrealizedPl;

    public BigDecimal unrealizedPlPct;

    public Instant asOf;

    PositionSnapshot toDomain() {
        return new PositionSnapshot(symbol, quantity, avgEntryPrice, currentPrice, marketValue, costBasis, unrealizedPl,
                unrealizedPlPct);
    }

    public record Key(String accountId, String symbol) implements Serializable {
    }
}

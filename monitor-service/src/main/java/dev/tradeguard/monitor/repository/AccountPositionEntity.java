package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.platform.persistence.HeldPositionEntity;

/** One position of an account as the newest event that moved it left it (asOf); quantity 0 when closed. */
@Entity
@Table(name = "account_position")
public class AccountPositionEntity extends HeldPositionEntity {
    public BigDecimal marketValue;

    public BigDecimal costBasis;

    public BigDecimal unrealizedPl;

    public BigDecimal unrealizedPlPct;

    public Instant asOf;

    PositionSnapshot toDomain() {
        return new PositionSnapshot(symbol, quantity, avgEntryPrice, currentPrice, marketValue, costBasis, unrealizedPl,
                unrealizedPlPct);
    }
}

package dev.tradeguard.platform.persistence;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One position an account holds, keyed by account and symbol (table account_position of risk- and monitor-service),
 * with the values every position event carries.
 */
@MappedSuperclass
@IdClass(HeldPositionEntity.Key.class)
public abstract class HeldPositionEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public String symbol;

    public BigDecimal quantity;

    public BigDecimal avgEntryPrice;

    public BigDecimal currentPrice;

    /** The table's composite key (account_id, symbol). */
    public record Key(String accountId, String symbol) implements Serializable {
    }
}

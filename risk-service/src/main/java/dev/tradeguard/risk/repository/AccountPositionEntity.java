package dev.tradeguard.risk.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.Position;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table account_position: one position of an account's latest state, keyed by account and symbol. */
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

    static AccountPositionEntity from(String accountId, Position position) {
        AccountPositionEntity entity = new AccountPositionEntity();
        entity.accountId = accountId;
        entity.symbol = position.symbol();
        entity.quantity = position.quantity();
        entity.avgEntryPrice = position.avgEntryPrice();
        entity.currentPrice = position.currentPrice();
        return entity;
    }

    Position toDomain() {
        return new Position(symbol, quantity, avgEntryPrice, currentPrice);
    }

    /** The table's composite key. */
    public static class Key implements Serializable {
        public String accountId;
        public String symbol;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId)
                    && Objects.equals(symbol, key.symbol);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, symbol);
        }
    }
}

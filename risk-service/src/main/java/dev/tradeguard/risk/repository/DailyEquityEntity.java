package dev.tradeguard.risk.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.DailyEquity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table account_daily_equity: an account's start and end equity per New York trading day. */
@Entity
@Table(name = "account_daily_equity")
@IdClass(DailyEquityEntity.Key.class)
public class DailyEquityEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public LocalDate marketDate;

    public BigDecimal startEquity;

    public BigDecimal endEquity;

    public Instant endAt;

    DailyEquity toDomain() {
        return new DailyEquity(accountId, marketDate, startEquity, endEquity, endAt);
    }

    /** The primary key: account and market date. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String accountId;

        public LocalDate marketDate;

        public Key() {
        }

        public Key(String accountId, LocalDate marketDate) {
            this.accountId = accountId;
            this.marketDate = marketDate;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId)
                    && Objects.equals(marketDate, key.marketDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, marketDate);
        }
    }
}

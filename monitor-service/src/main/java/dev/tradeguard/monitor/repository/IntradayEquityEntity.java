package dev.tradeguard.monitor.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One valuation of an account during its New York market day: the points of one day's equity chart. */
@Entity
@Table(name = "intraday_equity")
@IdClass(IntradayEquityEntity.Key.class)
public class IntradayEquityEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public Instant occurredAt;

    public LocalDate marketDate;

    public BigDecimal equity;

    public record Key(String accountId, Instant occurredAt) implements Serializable {
    }
}

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

/**
 * The equity curve: the last valuation of each New York day. tradingDay is set once any valuation of that day shows
 * the market open (or about to open that day), so weekends and holidays stay out of daily returns.
 */
@Entity
@Table(name = "equity_close")
@IdClass(EquityCloseEntity.Key.class)
public class EquityCloseEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public LocalDate marketDate;

    public String strategy;

    public BigDecimal equity;

    public BigDecimal lastEquity;

    public BigDecimal cash;

    public Instant snapshotAt;

    public boolean tradingDay;

    public record Key(String accountId, LocalDate marketDate) implements Serializable {
    }
}

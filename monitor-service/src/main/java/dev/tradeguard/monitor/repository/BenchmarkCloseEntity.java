package dev.tradeguard.monitor.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.tradeguard.monitor.domain.DailyValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One daily close of the benchmark, as the market-data API reported it. */
@Entity
@Table(name = "benchmark_close")
@IdClass(BenchmarkCloseEntity.Key.class)
public class BenchmarkCloseEntity extends PanacheEntityBase {
    @Id
    public String symbol;

    @Id
    public LocalDate marketDate;

    public BigDecimal close;

    public Instant fetchedAt;

    DailyValue toDomain() {
        return new DailyValue(marketDate, close);
    }

    public record Key(String symbol, LocalDate marketDate) implements Serializable {
    }
}

package dev.tradeguard.monitor.repository;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An end-of-day report that ran for a New York day (at {@code ranAt} on the service's Clock). */
@Entity
@Table(name = "report_run")
@IdClass(ReportRunEntity.Key.class)
public class ReportRunEntity extends PanacheEntityBase {
    @Id
    public String job;

    @Id
    public LocalDate marketDate;

    public Instant ranAt;

    public record Key(String job, LocalDate marketDate) implements Serializable {
    }
}

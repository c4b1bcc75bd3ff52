package dev.tradeguard.monitor.repository;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An alert that fired for a rule, subject and New York day: it fires at most once. */
@Entity
@Table(name = "alert_once")
@IdClass(AlertOnceEntity.Key.class)
public class AlertOnceEntity extends PanacheEntityBase {
    @Id
    public String accountId;

    @Id
    public String subject;

    @Id
    public String rule;

    @Id
    public LocalDate marketDate;

    @Column(insertable = false, updatable = false)
    public Instant raisedAt;

    public record Key(String accountId, String subject, String rule, LocalDate marketDate) implements Serializable {
    }
}

package dev.tradeguard.execution.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who did what through the emergency and order endpoints, and the kill switch's and guard's own actions. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String actor;

    public String action;

    public String detail;

    /** The database's clock (column default). */
    @Column(insertable = false, updatable = false)
    public Instant at;
}

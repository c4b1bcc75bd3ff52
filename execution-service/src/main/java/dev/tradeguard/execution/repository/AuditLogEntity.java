package dev.tradeguard.execution.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.platform.persistence.SerialIdEntity;

/** Who did what through the emergency and order endpoints, and the kill switch's and guard's own actions. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity extends SerialIdEntity {
    public String actor;

    public String action;

    public String detail;

    /** The database's clock (column default). */
    @Column(insertable = false, updatable = false)
    public Instant at;
}

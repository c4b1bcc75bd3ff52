package dev.tradeguard.risk.repository;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradeguard.platform.persistence.SerialIdEntity;
import dev.tradeguard.risk.domain.AuditEntry;

/** Table audit_log: who did what, when, from where. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity extends SerialIdEntity {
    public Instant at;

    public String actor;

    public String action;

    public String target;

    public String details;

    public String source;

    AuditEntry toDomain() {
        return new AuditEntry(id, at, actor, action, target, details, source);
    }
}

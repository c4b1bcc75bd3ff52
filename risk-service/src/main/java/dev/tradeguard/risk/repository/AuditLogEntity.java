package dev.tradeguard.risk.repository;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table audit_log: who did what, when, from where. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

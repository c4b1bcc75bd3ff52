package dev.tradeguard.risk.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.risk.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {
    private static final int MAX_DETAILS = 4000;

    public void insert(Instant at, String actor, String action, String target, String details, String source) {
        AuditLogEntity entry = new AuditLogEntity();
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.target = target;
        entry.details = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        entry.source = source;
        persist(entry);
    }

    /** Newest first, optionally only one action. */
    public List<AuditEntry> list(String action, int limit) {
        Sort newestFirst = Sort.descending("id");
        PanacheQuery<AuditLogEntity> query = action == null ? findAll(newestFirst) : find("action", newestFirst, action);
        return query.range(0, limit - 1).stream().map(AuditLogEntity::toDomain).toList();
    }
}

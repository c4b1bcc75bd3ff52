package dev.tradeguard.execution.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The audit log: operator endpoints, the kill switch's and the daily-loss guard's own actions. Append-only. */
@ApplicationScoped
@ActivateRequestContext
public class AuditLogRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {

    public void record(String actor, String action, String detail) {
        AuditLogEntity line = new AuditLogEntity();
        line.actor = truncate(actor, 128);
        line.action = action;
        line.detail = truncate(detail, 4000);
        persist(line);
    }

    /** Every line of {@code action}, oldest first, as "actor action detail". */
    public List<String> actions(String action) {
        return getEntityManager().createQuery(
                "select actor || ' ' || action || ' ' || detail from AuditLogEntity where action = :action order by id",
                String.class)
                .setParameter("action", action)
                .getResultList();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

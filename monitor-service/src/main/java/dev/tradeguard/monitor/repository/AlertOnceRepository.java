package dev.tradeguard.monitor.repository;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Alerts that may fire once per rule, subject and New York day. */
@ApplicationScoped
public class AlertOnceRepository implements PanacheRepositoryBase<AlertOnceEntity, AlertOnceEntity.Key> {
    /** The subject of account-wide alerts (red flags, reports). */
    public static final String WHOLE_ACCOUNT = "*";

    /** True the first time on {@code day}; false ever after. Rolls back with the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String accountId, String subject, String rule, LocalDate day) {
        // HQL's ON CONFLICT DO NOTHING: "claimed already" in one statement, where persisting a duplicate key would
        // fail the flush and mark the caller's transaction rollback-only.
        return getEntityManager().createQuery("""
                insert into AlertOnceEntity (accountId, subject, rule, marketDate)
                values (:accountId, :subject, :rule, :day)
                on conflict do nothing
                """)
                .setParameter("accountId", accountId)
                .setParameter("subject", subject)
                .setParameter("rule", rule)
                .setParameter("day", day)
                .executeUpdate() == 1;
    }
}

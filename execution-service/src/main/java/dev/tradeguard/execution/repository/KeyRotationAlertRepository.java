package dev.tradeguard.execution.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.AlertType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The key-rotation alerts raised so far. */
@ApplicationScoped
public class KeyRotationAlertRepository
        implements PanacheRepositoryBase<KeyRotationAlertEntity, KeyRotationAlertEntity.Key> {
    /** The issue day recorded for the alert that says the issue day is not configured. */
    public static final String NOT_CONFIGURED = "not-configured";

    /**
     * True the first time this alert is claimed for these keys; false ever after. Rolls back with the caller's
     * transaction, so the claim and the alert in the outbox commit together or not at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String accountId, AlertType type, String keysIssuedOn) {
        // ON CONFLICT DO NOTHING: a claim taken already is a 0-row insert, not a failed flush that would mark the
        // caller's transaction rollback-only.
        return getEntityManager().createQuery("""
                insert into KeyRotationAlertEntity (accountId, alertType, keysIssuedOn)
                values (:accountId, :alertType, :keysIssuedOn)
                on conflict do nothing
                """)
                .setParameter("accountId", accountId)
                .setParameter("alertType", type.name())
                .setParameter("keysIssuedOn", keysIssuedOn)
                .executeUpdate() == 1;
    }
}

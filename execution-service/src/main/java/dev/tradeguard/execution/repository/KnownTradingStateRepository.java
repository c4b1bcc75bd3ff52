package dev.tradeguard.execution.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.hibernate.Session;

import dev.tradeguard.execution.domain.KnownTradingState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The kill switch as execution-service last heard it. Read outside transactions on the placement path (Kafka and
 * stream threads), hence the request context; every read is a fresh query (see {@link OrderLedgerRepository}).
 */
@ApplicationScoped
@ActivateRequestContext
public class KnownTradingStateRepository implements PanacheRepositoryBase<KnownTradingStateEntity, String> {

    /** Keeps the latest change per account; a change older than the stored one is ignored (returns false). */
    public boolean saveIfNewer(KnownTradingState state, UUID eventId) {
        // An upsert with a condition, in one statement: two changes racing for one account cannot both win. Native:
        // on the kill switch's path, and Hibernate translates an HQL insert to SQL afresh on every execution.
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                INSERT INTO known_trading_state (account_id, state, reason, changed_by, changed_at, event_id)
                VALUES (:accountId, :state, :reason, :changedBy, :changedAt, :eventId)
                ON CONFLICT (account_id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason,
                    changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
                WHERE known_trading_state.changed_at <= EXCLUDED.changed_at
                """)
                .setParameter("accountId", state.accountId(), String.class)
                .setParameter("state", state.state().name(), String.class)
                .setParameter("reason", state.reason(), String.class)
                .setParameter("changedBy", state.changedBy(), String.class)
                .setParameter("changedAt", state.changedAt(), Instant.class)
                .setParameter("eventId", eventId, UUID.class)
                .executeUpdate() == 1;
    }

    public Optional<KnownTradingState> find(String accountId) {
        return findByIdOptional(accountId).map(entity -> {
            getEntityManager().detach(entity);
            return entity.toDomain();
        });
    }
}

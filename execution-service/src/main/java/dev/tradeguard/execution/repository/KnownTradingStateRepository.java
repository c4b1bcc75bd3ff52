package dev.tradeguard.execution.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

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
        // An upsert with a condition, in one statement: two changes racing for one account cannot both win.
        return getEntityManager().createQuery("""
                insert into KnownTradingStateEntity (accountId, state, reason, changedBy, changedAt, eventId)
                values (:accountId, :state, :reason, :changedBy, :changedAt, :eventId)
                on conflict (accountId) do update set state = excluded.state, reason = excluded.reason,
                    changedBy = excluded.changedBy, changedAt = excluded.changedAt, eventId = excluded.eventId
                where changedAt <= excluded.changedAt
                """)
                .setParameter("accountId", state.accountId())
                .setParameter("state", state.state())
                .setParameter("reason", state.reason())
                .setParameter("changedBy", state.changedBy())
                .setParameter("changedAt", state.changedAt())
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }

    public Optional<KnownTradingState> find(String accountId) {
        return findByIdOptional(accountId).map(entity -> {
            getEntityManager().detach(entity);
            return entity.toDomain();
        });
    }
}

package dev.tradeguard.monitor.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.TradingStateChanged;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Kill-switch changes seen on the trading-state topic. */
@ApplicationScoped
public class TradingStateRepository implements PanacheRepositoryBase<TradingStateChangeEntity, UUID> {

    /** Stores the change once; a redelivered event id is ignored. */
    public void insert(TradingStateChanged change) {
        // HQL's ON CONFLICT DO NOTHING: a redelivery is answered in one statement, without failing the transaction.
        getEntityManager().createQuery("""
                insert into TradingStateChangeEntity (eventId, accountId, state, previousState, reason, changedBy,
                    occurredAt)
                values (:eventId, :accountId, :state, :previousState, :reason, :changedBy, :occurredAt)
                on conflict do nothing
                """)
                .setParameter("eventId", change.eventId())
                .setParameter("accountId", change.accountId())
                .setParameter("state", change.state())
                .setParameter("previousState", change.previousState())
                .setParameter("reason", change.reason())
                .setParameter("changedBy", change.changedBy())
                .setParameter("occurredAt", change.occurredAt())
                .executeUpdate();
    }

    public Optional<Instant> lastHalted(String accountId) {
        return Optional.ofNullable(getEntityManager().createQuery("""
                select max(occurredAt) from TradingStateChangeEntity where accountId = :accountId and state = :state
                """, Instant.class)
                .setParameter("accountId", accountId)
                .setParameter("state", TradingState.HALTED)
                .getSingleResult());
    }
}

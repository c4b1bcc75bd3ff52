package dev.tradeguard.platform.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumers: Kafka delivers at least once, so a handler first claims the event id inside its own
 * transaction. A redelivered event is claimed already and skipped; if the handler's transaction rolls back, so does
 * the claim.
 */
@ApplicationScoped
public class ProcessedEvents {
    @Inject
    EntityManager entityManager;

    /** True the first time {@code consumer} sees {@code eventId}; false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, UUID eventId) {
        // Native, in the caller's Hibernate session: ON CONFLICT DO NOTHING answers "already claimed" in one statement
        // without an error, where persisting a duplicate key would fail the flush and mark the transaction rollback-only.
        return entityManager.createNativeQuery(
                "INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId) ON CONFLICT DO NOTHING")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }
}

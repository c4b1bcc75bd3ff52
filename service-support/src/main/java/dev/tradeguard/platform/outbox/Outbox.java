package dev.tradeguard.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.platform.concurrent.AfterCommit;

/**
 * The transactional outbox (BRIEF invariant 8): an event is written in the same database transaction as the state
 * change that causes it, and {@link OutboxRelay} publishes it afterwards. Either both happen or neither does.
 *
 * <p>The first {@link #enqueue} of a transaction registers a synchronization that wakes the relay once the
 * transaction has committed, so the event leaves without waiting for the relay's periodic sweep. A rollback wakes
 * nothing (and leaves nothing to publish).
 */
@ApplicationScoped
public class Outbox {
    /** Marks, in the transaction's resources, that its commit already wakes the relay. */
    private static final String WAKE_UP_REGISTERED = Outbox.class.getName() + ".wake-up-registered";

    @Inject
    OutboxEventRepository rows;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Queues {@code event} for {@code topic}, keyed by its account id, in the caller's transaction: persisted in the
     * caller's Hibernate session, so it is flushed and committed with the entities the caller changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, TradingEvent event) {
        rows.persist(OutboxEventEntity.of(topic, event));
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.runOnce(transactions, WAKE_UP_REGISTERED, relay::wakeUp);
    }
}

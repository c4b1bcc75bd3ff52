package dev.tradeguard.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.platform.concurrent.AfterCommit;
import io.agroal.api.AgroalDataSource;

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
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Queues {@code event} for {@code topic}, keyed by its account id, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, TradingEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (event_id, topic, message_key, payload) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, topic);
            insert.setString(3, event.accountId());
            insert.setString(4, EventJson.toJson(event));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue " + event.getClass().getSimpleName() + " for " + topic, e);
        }
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.runOnce(transactions, WAKE_UP_REGISTERED, relay::wakeUp);
    }
}

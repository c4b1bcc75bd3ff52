package dev.tradeguard.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in the order they were written and marks them published once the broker has
 * acknowledged them. A crash between the two publishes a row again: consumers are idempotent on the event id
 * ({@code ProcessedEvents}), so at-least-once here is exactly-once in effect.
 */
@ApplicationScoped
public class OutboxRelay {
    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "tradeguard.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "tradeguard.outbox.send-timeout-seconds", defaultValue = "30")
    int sendTimeoutSeconds;

    @Scheduled(every = "${tradeguard.outbox.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (published == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay will retry: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch; returns how many rows it published. Runs in a transaction. */
    int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, topic, message_key, payload FROM outbox_event WHERE published_at IS NULL"
                            + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                select.setInt(1, batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        send(rows.getString("topic"), rows.getString("message_key"), rows.getString("payload"));
                        ids.add(rows.getLong("id"));
                        meters.counter("tradeguard.outbox.published", "topic", rows.getString("topic")).increment();
                    }
                }
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                    update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                    update.executeUpdate();
                }
            }
            return ids.size();
        }
    }

    private void send(String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        emitter.send(Message.of(payload,
                Metadata.of(OutgoingKafkaRecordMetadata.builder().withTopic(topic).withKey(key).build()),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                }, failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        try {
            acked.get(sendTimeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge an outbox event for " + topic, e);
        }
    }
}

package dev.tradeguard.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import dev.tradeguard.platform.concurrent.WakeableWorker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in the order they were written and marks them published once the broker has
 * acknowledged them. A crash between the two publishes a row again: consumers are idempotent on the event id
 * ({@code ProcessedEvents}), so at-least-once here is exactly-once in effect.
 *
 * <p>One daemon thread ({@value #THREAD_NAME}) does all the publishing, so rows leave in order. It drains the table
 * as soon as a transaction that wrote to the {@link Outbox} commits ({@link #wakeUp()}, called by the outbox after
 * commit), and otherwise every {@code tradeguard.outbox.sweep-interval} (default 1 s): the sweep publishes what no
 * wake-up announced (rows left by a crash, rows written by another instance). The thread runs from
 * {@link StartupEvent} to {@link ShutdownEvent} only, i.e. while the application runs and the Kafka emitter is wired.
 * A failed batch is logged and retried after one sweep interval.
 */
@ApplicationScoped
public class OutboxRelay {
    public static final String CHANNEL = "outbox";
    static final String THREAD_NAME = "outbox-relay";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    @Inject
    OutboxEventRepository rows;

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "tradeguard.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "tradeguard.outbox.send-timeout-seconds", defaultValue = "30")
    int sendTimeoutSeconds;

    @ConfigProperty(name = "tradeguard.outbox.sweep-interval", defaultValue = "1s")
    Duration sweepInterval;

    private volatile WakeableWorker worker;

    /**
     * Starts the relay thread once the application runs. Default priority: after SmallRye Reactive Messaging has
     * wired the channels at {@code LIBRARY_BEFORE}, as {@code @Scheduled(skipExecutionIf = ApplicationNotRunning)}.
     */
    void start(@Observes StartupEvent event) {
        worker = new WakeableWorker(THREAD_NAME, sweepInterval, this::relay);
        worker.start();
        LOG.debugf("Outbox relay started: publishes after each commit, sweeps every %s", sweepInterval);
    }

    /** Lets the batch in progress finish (bounded; unacknowledged rows are published again on the next start). */
    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(STOP_GRACE);
        }
    }

    /** Publishes what is waiting as soon as the relay thread is free. Cheap, never blocks; any thread may call it. */
    public void wakeUp() {
        if (worker != null) {
            worker.wakeUp();
        }
    }

    /** Publishes everything waiting, batch by batch; false if a batch failed (logged, retried later). */
    boolean relay() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (published == batchSize && (worker == null || worker.running()));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay will retry: %s", e.getMessage());
            return false;
        }
    }

    /**
     * Publishes up to one batch; returns how many rows it published. Runs in its own transaction, which holds the
     * claimed rows' locks until they are marked published.
     */
    int publishBatch() {
        List<Long> published = new ArrayList<>();
        for (OutboxEventEntity row : rows.claimUnpublished(batchSize)) {
            send(row.topic, row.messageKey, row.payload);
            published.add(row.id);
            meters.counter("tradeguard.outbox.published", "topic", row.topic).increment();
        }
        if (!published.isEmpty()) {
            // When Kafka took the rows, on the wall clock like created_at (the database's now()): delivery lag, not
            // trading time, so not the service's Clock.
            rows.markPublished(published, Instant.now());
        }
        return published.size();
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

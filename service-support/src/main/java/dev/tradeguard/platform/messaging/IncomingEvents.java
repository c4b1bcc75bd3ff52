package dev.tradeguard.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.serde.Decoded;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * The one way a service takes an event off a topic (BRIEF invariant 7). A record that cannot be read, or that its
 * handler rejects, raises a {@code DLQ_RECORD} alert and is then thrown back as a {@link RejectedRecordException}: the
 * channel's {@code dead-letter-queue} failure strategy writes it, byte for byte, to {@code <topic>.dlq} with the reason
 * in a header, and consumption goes on. The offset is committed only after that, so nothing is lost.
 *
 * <p>A handler that fails because the database is briefly unreachable (the connection closed under it, the server
 * restarting, a serialization conflict: {@link #isTransient}) is not rejected: the record is fine, so the handler runs
 * again, with a growing pause, for up to {@code tradeguard.messaging.transient-retry-for} (default 10 minutes), as a
 * redelivery would run it (handlers are idempotent). Only after that is the record dead-lettered.
 */
@ApplicationScoped
public class IncomingEvents {
    /** Raises the alerts of dead-lettered records; configured in service-support's microprofile-config.properties. */
    public static final String DEAD_LETTER_ALERTS = "dead-letter-alerts";
    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    private static final String UNKNOWN_ACCOUNT = "unknown";
    private static final long ALERT_TIMEOUT_SECONDS = 10;
    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);

    @Inject
    @Channel(DEAD_LETTER_ALERTS)
    Emitter<Alert> alerts;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    @ConfigProperty(name = "tradeguard.messaging.transient-retry-for", defaultValue = "10m")
    Duration transientRetryFor;

    /** The first pause before running a handler again after a transient failure; doubled each time, up to 5 s. */
    Duration firstRetryPause = Duration.ofMillis(100);

    /** Hands a valid event to {@code handler}; rejects anything else, with the reason, to the dead-letter topic. */
    public <T extends TradingEvent> void accept(ConsumerRecord<String, Decoded<T>> record, Consumer<T> handler) {
        Decoded<T> decoded = record.value();
        if (decoded == null) {
            throw reject(record, "record has no value");
        }
        if (!decoded.isOk()) {
            throw reject(record, decoded.failure());
        }
        // Elapsed time of the retries, not trading time: System.nanoTime rather than the service's Clock.
        long retryUntil = System.nanoTime() + transientRetryFor.toNanos();
        Duration pause = firstRetryPause;
        while (true) {
            try {
                handler.accept(decoded.event());
                return;
            } catch (RejectedRecordException e) {
                throw reject(record, e.getMessage());
            } catch (RuntimeException e) {
                if (isTransient(e) && System.nanoTime() + pause.toNanos() < retryUntil) {
                    LOG.warnf("Handler failed on %s-%d@%d for a passing reason, running it again in %d ms: %s",
                            record.topic(), record.partition(), record.offset(), pause.toMillis(), e);
                    meters.counter("tradeguard.handler.retries", "topic", record.topic()).increment();
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE
                            : pause.multipliedBy(2);
                    continue;
                }
                LOG.errorf(e, "Handler failed on %s-%d@%d", record.topic(), record.partition(), record.offset());
                throw reject(record, "processing failed: " + e);
            }
        }
    }

    /**
     * Whether {@code failure} says the database could not be used just now rather than that the record is bad: an
     * SQL state of class 08 (connection exception), 57P01–57P03 (the server shutting down, crashed or starting) or
     * 40001/40P01 (serialization failure, deadlock), or a JDBC transient or recoverable exception, anywhere in its
     * causes.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("40001")
                        || state.equals("40P01")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a handler again", e);
        }
    }

    private RejectedRecordException reject(ConsumerRecord<String, ?> record, String reason) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        LOG.warnf("Dead-lettering %s (key %s): %s", where, record.key(), reason);
        meters.counter("tradeguard.dead.letters", "topic", record.topic()).increment();
        String account = record.key() == null || record.key().isBlank() ? UNKNOWN_ACCOUNT : record.key();
        Alert alert = Alert.of(Envelope.create(account, null, null, clock), AlertType.DLQ_RECORD,
                "Bad record on " + record.topic(),
                "A record on " + where + " was moved to " + record.topic() + ".dlq: " + reason,
                Map.of("topic", record.topic(), "partition", String.valueOf(record.partition()),
                        "offset", String.valueOf(record.offset()), "reason", reason));
        CompletableFuture<Void> sent = new CompletableFuture<>();
        try {
            alerts.send(Message.of(alert, Metadata.of(OutgoingKafkaRecordMetadata.builder().withKey(account).build()),
                    () -> {
                        sent.complete(null);
                        return CompletableFuture.completedFuture(null);
                    }, failure -> {
                        sent.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            sent.get(ALERT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The record itself still reaches the DLQ; only the alert about it is missing, and the log says so.
            LOG.errorf(e, "Could not raise the DLQ_RECORD alert for %s", where);
        }
        return new RejectedRecordException(reason);
    }
}

package dev.tradeguard.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.serde.Decoded;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A record whose handler failed only because the database was briefly unusable is handled again, not dead-lettered:
 * the fault campaign (docs/reliability.md) lost approved orders and recommendations that way when PostgreSQL
 * connections were terminated under a consumer.
 */
class IncomingEventsTransientFailureTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private final List<Alert> deadLetterAlerts = new CopyOnWriteArrayList<>();

    @ParameterizedTest(name = "SQL state {0}: {1}")
    @CsvSource({
            "08006, the connection closed under the handler (pg_terminate_backend, a network drop)",
            "57P01, terminating connection due to administrator command",
            "57P03, the database system is starting up",
            "40001, could not serialize access",
            "40P01, deadlock detected"})
    void aPassingDatabaseFailureRunsTheHandlerAgainAndKeepsTheRecord(String sqlState, String message) {
        AtomicInteger runs = new AtomicInteger();
        incoming(Duration.ofSeconds(30)).accept(record(), event -> {
            if (runs.incrementAndGet() < 3) {
                throw new IllegalStateException("JDBC exception executing SQL",
                        new SQLException(message, sqlState));
            }
        });
        assertEquals(3, runs.get(), "run until it succeeded");
        assertEquals(List.of(), deadLetterAlerts);
    }

    @Test
    void aFailureThatIsNotTheDatabasesIsDeadLetteredAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(RejectedRecordException.class, () -> incoming(Duration.ofSeconds(30)).accept(record(), event -> {
            runs.incrementAndGet();
            throw new IllegalArgumentException("no such symbol", new SQLException("violates check", "23514"));
        }));
        assertEquals(1, runs.get());
        assertEquals(1, deadLetterAlerts.size());
    }

    @Test
    void aDatabaseThatStaysUnusableLongerThanTheRetryWindowDeadLettersTheRecord() {
        AtomicInteger runs = new AtomicInteger();
        RejectedRecordException rejected = assertThrows(RejectedRecordException.class,
                () -> incoming(Duration.ofMillis(50)).accept(record(), event -> {
                    runs.incrementAndGet();
                    throw new IllegalStateException(new SQLException("I/O error", "08006"));
                }));
        assertEquals(true, runs.get() > 1, "ran again within the window: " + runs.get());
        assertEquals(true, rejected.getMessage().contains("08006") || rejected.getMessage().contains("I/O error"),
                rejected.getMessage());
        assertEquals(1, deadLetterAlerts.size());
    }

    private IncomingEvents incoming(Duration retryFor) {
        IncomingEvents incoming = new IncomingEvents();
        incoming.meters = new SimpleMeterRegistry();
        incoming.clock = CLOCK;
        incoming.transientRetryFor = retryFor;
        incoming.firstRetryPause = Duration.ofMillis(1);
        incoming.alerts = new RecordingEmitter();
        return incoming;
    }

    private static ConsumerRecord<String, Decoded<Alert>> record() {
        Alert alert = Alert.of(Envelope.create("ACC-1", null, null, CLOCK), AlertType.DLQ_RECORD, "subject", "message",
                Map.of());
        return new ConsumerRecord<>("alerts", 0, 7L, "ACC-1", Decoded.ok(alert, new byte[0]));
    }

    /** The dead-letter alert channel: keeps each alert and acknowledges it at once. */
    private final class RecordingEmitter implements Emitter<Alert> {
        @Override
        public CompletionStage<Void> send(Alert alert) {
            deadLetterAlerts.add(alert);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public <M extends Message<? extends Alert>> void send(M message) {
            deadLetterAlerts.add(message.getPayload());
            message.ack();
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}

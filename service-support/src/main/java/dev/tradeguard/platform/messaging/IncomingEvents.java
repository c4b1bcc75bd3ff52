package dev.tradeguard.platform.messaging;

import java.time.Clock;
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
 */
@ApplicationScoped
public class IncomingEvents {
    /** Raises the alerts of dead-lettered records; configured in service-support's microprofile-config.properties. */
    public static final String DEAD_LETTER_ALERTS = "dead-letter-alerts";
    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    private static final String UNKNOWN_ACCOUNT = "unknown";
    private static final long ALERT_TIMEOUT_SECONDS = 10;

    @Inject
    @Channel(DEAD_LETTER_ALERTS)
    Emitter<Alert> alerts;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    /** Hands a valid event to {@code handler}; rejects anything else, with the reason, to the dead-letter topic. */
    public <T extends TradingEvent> void accept(ConsumerRecord<String, Decoded<T>> record, Consumer<T> handler) {
        Decoded<T> decoded = record.value();
        if (decoded == null) {
            throw reject(record, "record has no value");
        }
        if (!decoded.isOk()) {
            throw reject(record, decoded.failure());
        }
        try {
            handler.accept(decoded.event());
        } catch (RejectedRecordException e) {
            throw reject(record, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Handler failed on %s-%d@%d", record.topic(), record.partition(), record.offset());
            throw reject(record, "processing failed: " + e);
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

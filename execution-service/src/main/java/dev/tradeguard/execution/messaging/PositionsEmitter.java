package dev.tradeguard.execution.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.serde.EventJson;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends tick-driven {@code PositionChanged} and {@code MarketDataStatus} events straight to {@code positions}, keyed
 * by account id. A mark is an observation with no database write to be consistent with, so the outbox would only add
 * a write and a hop; a lost one is superseded by the next tick and by the periodic reconciliation snapshot.
 */
@ApplicationScoped
public class PositionsEmitter {
    private static final Logger LOG = Logger.getLogger(PositionsEmitter.class);

    @Inject
    @Channel(Channels.POSITIONS_OUT)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    /** Never blocks and never throws: the caller is a market-data thread. */
    public void send(PositionsEvent event) {
        try {
            emitter.send(Message.of(EventJson.toJson(event),
                    Metadata.of(OutgoingKafkaRecordMetadata.builder().withKey(event.accountId()).build())));
        } catch (RuntimeException e) {
            LOG.warnf("%s for %s not sent: %s", event.kind(), event.accountId(), e.getMessage());
        }
    }
}

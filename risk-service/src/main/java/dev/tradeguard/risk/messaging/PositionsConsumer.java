package dev.tradeguard.risk.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.platform.messaging.IncomingEvents;
import dev.tradeguard.risk.service.AccountStateService;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class PositionsConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    AccountStateService accountStates;

    @Incoming(Channels.POSITIONS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<PositionsEvent>> record) {
        incoming.accept(record, accountStates::record);
    }
}

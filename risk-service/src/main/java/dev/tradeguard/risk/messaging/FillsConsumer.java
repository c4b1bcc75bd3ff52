package dev.tradeguard.risk.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.platform.messaging.IncomingEvents;
import dev.tradeguard.risk.service.FillsService;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class FillsConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    FillsService fills;

    @Incoming(Channels.FILLS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<OrderUpdate>> record) {
        incoming.accept(record, fills::process);
    }
}

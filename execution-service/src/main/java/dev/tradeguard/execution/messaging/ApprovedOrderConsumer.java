package dev.tradeguard.execution.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.execution.service.OrderPlacementService;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.platform.messaging.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/** Approved orders from risk-service; each is placed at most once (the ledger claim makes redelivery harmless). */
@ApplicationScoped
public class ApprovedOrderConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    OrderPlacementService placement;

    @Incoming(Channels.APPROVED_ORDERS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<ApprovedOrder>> record) {
        incoming.accept(record, placement::place);
    }
}

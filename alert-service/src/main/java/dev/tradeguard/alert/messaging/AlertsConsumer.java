package dev.tradeguard.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.alert.service.AlertIntakeService;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.platform.messaging.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class AlertsConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    AlertIntakeService intake;

    @Incoming(Channels.ALERTS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<Alert>> record) {
        incoming.accept(record, intake::receive);
    }
}

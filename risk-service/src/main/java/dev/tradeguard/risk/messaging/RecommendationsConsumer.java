package dev.tradeguard.risk.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.platform.messaging.IncomingEvents;
import dev.tradeguard.risk.service.RiskEngine;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class RecommendationsConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    RiskEngine engine;

    @Incoming(Channels.RECOMMENDATIONS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<Recommendation>> record) {
        incoming.accept(record, engine::execute);
    }
}

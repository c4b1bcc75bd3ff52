package dev.tradeguard.monitor.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.monitor.service.RecommendationService;
import dev.tradeguard.platform.messaging.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class RecommendationsConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    RecommendationService recommendations;

    @Incoming(Channels.RECOMMENDATIONS_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<Recommendation>> record) {
        incoming.accept(record, recommendations::record);
    }
}

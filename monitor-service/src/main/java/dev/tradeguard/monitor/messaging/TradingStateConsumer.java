package dev.tradeguard.monitor.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.monitor.service.TradingStateService;
import dev.tradeguard.platform.messaging.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

@ApplicationScoped
public class TradingStateConsumer {
    @Inject
    IncomingEvents incoming;

    @Inject
    TradingStateService tradingStates;

    @Incoming(Channels.TRADING_STATE_IN)
    @Blocking
    public void consume(ConsumerRecord<String, Decoded<TradingStateChanged>> record) {
        incoming.accept(record, tradingStates::record);
    }
}

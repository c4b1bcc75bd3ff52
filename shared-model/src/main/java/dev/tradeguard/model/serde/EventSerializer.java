package dev.tradeguard.model.serde;

import org.apache.kafka.common.serialization.Serializer;

import dev.tradeguard.model.event.TradingEvent;

/** Kafka value serializer for every TradeGuard event. */
public class EventSerializer implements Serializer<TradingEvent> {
    @Override
    public byte[] serialize(String topic, TradingEvent event) {
        return event == null ? null : EventJson.toBytes(event);
    }
}

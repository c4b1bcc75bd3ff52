package dev.tradeguard.model.serde;

import org.apache.kafka.common.serialization.Deserializer;

import dev.tradeguard.model.event.TradingEvent;

/**
 * Kafka value deserializer that never throws: a record that is not a valid {@code T} comes back as a failed
 * {@link Decoded} with the reason, for the consumer to dead-letter. One subclass per event type gives Kafka the
 * no-argument constructor it needs.
 */
public abstract class EventDeserializer<T extends TradingEvent> implements Deserializer<Decoded<T>> {
    private final Class<T> type;

    protected EventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public Decoded<T> deserialize(String topic, byte[] data) {
        return EventJson.decode(data, type);
    }
}

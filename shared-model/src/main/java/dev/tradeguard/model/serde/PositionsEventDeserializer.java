package dev.tradeguard.model.serde;

import org.apache.kafka.common.serialization.Deserializer;

import dev.tradeguard.model.event.PositionsEvent;

/**
 * Kafka value deserializer of the {@code positions} topic: each record as the kind it names (snapshot, position
 * change, market-data status). Never throws; a record that cannot be read comes back failed, for the DLQ.
 */
public class PositionsEventDeserializer implements Deserializer<Decoded<PositionsEvent>> {
    @Override
    public Decoded<PositionsEvent> deserialize(String topic, byte[] data) {
        return EventJson.decodePositionsEvent(data);
    }
}

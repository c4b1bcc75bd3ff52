package dev.tradeguard.model.serde;

import org.apache.kafka.common.serialization.Serializer;

/** Writes a record back exactly as it arrived: the value serializer of dead-letter topics. */
public class DecodedSerializer implements Serializer<Decoded<?>> {
    @Override
    public byte[] serialize(String topic, Decoded<?> decoded) {
        return decoded == null ? null : decoded.raw();
    }
}

package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.msgpack.jackson.dataformat.MessagePackFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a session's frames are written. JSON text frames unless the client asked for MessagePack on the upgrade request
 * (Content-Type: application/msgpack), as Alpaca's stream does; then every frame is binary MessagePack, prices as
 * float64 because MessagePack has no decimal type.
 */
enum MarketDataEncoding {
    JSON, MSGPACK;

    static final String MSGPACK_MEDIA_TYPE = "application/msgpack";

    /** Plain decimal text ("190.00", never "1.9E+2"): a price reads exactly as the simulator holds it. */
    private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer()
            .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper MSGPACK_MAPPER = new ObjectMapper(new MessagePackFactory());

    static MarketDataEncoding forContentType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains(MSGPACK_MEDIA_TYPE)
                ? MSGPACK : JSON;
    }

    String text(JsonNode message) {
        try {
            return JSON_WRITER.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] binary(JsonNode message) {
        try {
            return this == MSGPACK ? MSGPACK_MAPPER.writeValueAsBytes(message)
                    : text(message).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client's binary frame: MessagePack from a MessagePack session, JSON bytes otherwise. */
    JsonNode readBinary(byte[] frame, ObjectMapper json) throws IOException {
        return this == MSGPACK ? MSGPACK_MAPPER.readTree(frame) : json.readTree(frame);
    }
}

package dev.tradeguard.model.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/**
 * The one JSON form of TradeGuard events: ISO-8601 instants, money as exact decimals (never floating point), enum
 * names, unknown fields ignored so older readers accept newer writers.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

    private EventJson() {
    }

    /** Applies TradeGuard's JSON settings to a builder, so a service's own ObjectMapper reads events the same way. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String toJson(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads and validates one event. Never throws: garbage, a wrong type or a schema violation comes back as a
     * {@link Decoded#failed failure} whose reason names the field.
     */
    public static <T extends TradingEvent> Decoded<T> decode(byte[] raw, Class<T> type) {
        String name = type.getSimpleName();
        if (raw == null || raw.length == 0) {
            return Decoded.failed("empty record: a " + name + " was expected", raw);
        }
        T event;
        try {
            event = MAPPER.readValue(raw, type);
        } catch (MismatchedInputException e) {
            return Decoded.failed("invalid " + name + ": " + fieldOf(e) + ": " + mismatch(e), raw);
        } catch (JsonMappingException e) {
            return Decoded.failed("invalid " + name + ": " + fieldOf(e) + ": " + firstLine(e.getOriginalMessage()), raw);
        } catch (JsonProcessingException e) {
            return Decoded.failed("malformed JSON: " + firstLine(e.getOriginalMessage()), raw);
        } catch (IOException | RuntimeException e) {
            return Decoded.failed("unreadable " + name + ": " + e, raw);
        }
        if (event == null) {
            return Decoded.failed("empty record: JSON null where a " + name + " was expected", raw);
        }
        List<Violation> violations = event.validate();
        if (!violations.isEmpty()) {
            return Decoded.failed("invalid " + name + ": " + Violations.describe(violations), raw);
        }
        return Decoded.ok(event, raw);
    }

    private static String mismatch(MismatchedInputException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            return "cannot read '" + invalid.getValue() + "' as " + (target == null ? "the expected type"
                    : target.isEnum() ? "one of " + List.of(target.getEnumConstants()) : target.getSimpleName());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String fieldOf(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "(document)";
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

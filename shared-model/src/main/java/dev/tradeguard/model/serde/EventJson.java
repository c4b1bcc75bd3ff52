package dev.tradeguard.model.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.event.PositionsEventKind;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/**
 * The one JSON form of TradeGuard events: ISO-8601 instants, money as exact decimals (never floating point), enum
 * names, unknown fields ignored so older readers accept newer writers. Every number is read exactly: {@code 1e400}
 * stays {@code 1E+400} (never a double's infinity or {@code 1.7976931348623157E308}) for validation to refuse by its
 * range, and {@code 1.5} is no whole number (never silently {@code 1}).
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
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Makes a mapper read numbers as events do, and nothing else of their form: a number with a fraction or an
     * exponent into an untyped, {@code Object} or tree value is a {@code BigDecimal}, never a {@code double}, and a
     * fraction is never truncated into a whole-number field. For a service's REST mapper.
     */
    public static ObjectMapper readNumbersExactly(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
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
        try (JsonParser parser = MAPPER.createParser(raw)) {
            try {
                event = MAPPER.readValue(parser, type);
            } catch (StreamConstraintsException | NumberFormatException e) {
                return Decoded.failed(beyondLimit(name, parser, e), raw);
            }
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
        List<Violation> violations;
        try {
            violations = event.validate();
        } catch (RuntimeException e) {
            return Decoded.failed("invalid " + name + ": cannot be validated: " + e, raw);
        }
        if (!violations.isEmpty()) {
            return Decoded.failed("invalid " + name + ": " + Violations.describe(violations), raw);
        }
        return Decoded.ok(event, raw);
    }

    /**
     * Reads and validates one record of the {@code positions} topic as the kind it names in {@code kind}. A record
     * without {@code kind} is an {@link AccountSnapshot} when it is schema version 1 (the only kind then) and a
     * failure from version 2 on, so a change is never mistaken for a whole account. Never throws.
     */
    public static Decoded<PositionsEvent> decodePositionsEvent(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return Decoded.failed("empty record: a PositionsEvent was expected", raw);
        }
        JsonNode tree;
        try (JsonParser parser = MAPPER.createParser(raw)) {
            try {
                tree = MAPPER.readTree(parser);
            } catch (StreamConstraintsException | NumberFormatException e) {
                return Decoded.failed(beyondLimit("PositionsEvent", parser, e), raw);
            }
        } catch (IOException e) {
            return Decoded.failed("malformed JSON: " + firstLine(e.getMessage()), raw);
        }
        if (tree == null || !tree.isObject()) {
            return Decoded.failed("invalid PositionsEvent: (document): a JSON object was expected", raw);
        }
        JsonNode kind = tree.get("kind");
        Class<? extends PositionsEvent> type;
        if (kind == null || kind.isNull()) {
            JsonNode version = tree.get("schemaVersion");
            if (version == null || !version.canConvertToInt() || version.asInt() != 1) {
                return Decoded.failed("invalid PositionsEvent: kind: is required from schemaVersion 2 on (one of "
                        + List.of(PositionsEventKind.values()) + ")", raw);
            }
            type = AccountSnapshot.class;
        } else {
            PositionsEventKind known = Arrays.stream(PositionsEventKind.values())
                    .filter(k -> k.name().equalsIgnoreCase(kind.asText())).findFirst().orElse(null);
            if (known == null) {
                return Decoded.failed("invalid PositionsEvent: kind: cannot read '" + kind.asText() + "' as one of "
                        + List.of(PositionsEventKind.values()), raw);
            }
            type = known.type();
        }
        Decoded<? extends PositionsEvent> decoded = decode(raw, type);
        return decoded.isOk() ? Decoded.ok(decoded.event(), raw) : Decoded.failed(decoded.failure(), raw);
    }

    private static String mismatch(MismatchedInputException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            return "cannot read '" + invalid.getValue() + "' as " + (target == null ? "the expected type"
                    : target.isEnum() ? "one of " + List.of(target.getEnumConstants()) : target.getSimpleName());
        }
        return firstLine(e.getOriginalMessage());
    }

    /**
     * A value beyond the parser's limits, named by the field it stood in: a number of more than 1000 digits, or an
     * exponent beyond an int ({@code 1e2147483648}).
     */
    private static String beyondLimit(String name, JsonParser parser, Exception e) {
        String message = e instanceof StreamConstraintsException limit ? limit.getOriginalMessage() : e.getMessage();
        return "invalid " + name + ": " + fieldAt(parser) + ": " + firstLine(message);
    }

    private static String fieldAt(JsonParser parser) {
        List<String> path = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            path.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]"
                    : context.getCurrentName() == null ? "" : "." + context.getCurrentName());
        }
        String field = String.join("", path).replaceFirst("^\\.", "");
        return field.isEmpty() ? "(document)" : field;
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

package dev.tradeguard.model.serde;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Fixtures;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.validation.NumberRange;

/**
 * One property per event type: whatever number arrives in any of its numeric fields — inside the documented range,
 * on its bounds, just beyond them, {@code 1e400}, a hostile exponent, more digits than the parser takes, written as a
 * JSON string, or no number at all — the deserializer and validator either refuse the record naming that field and
 * no other, or accept it with exactly the value sent, inside the field's range. {@value #EXAMPLES} examples each;
 * QuickTheories shrinks a failure to its smallest input and prints the seed to replay it.
 */
class NumberFieldsPropertyTest {
    static final int EXAMPLES = 200;
    private static final String PLACEHOLDER = "@@number@@";
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Field SCHEMA_VERSION = Field.whole("schemaVersion", 1, TradingEvent.CURRENT_SCHEMA_VERSION);

    @Test
    void recommendationNumbersAreRefusedByFieldOrKeptExactly() {
        check(Fixtures.recommendation(), raw -> EventJson.decode(raw, Recommendation.class), List.of(SCHEMA_VERSION,
                Field.decimal("quantity", NumberRange.SHARES), Field.decimal("limitPrice", NumberRange.PRICE),
                Field.decimal("stopLoss", NumberRange.PRICE), Field.decimal("takeProfit", NumberRange.PRICE),
                Field.decimal("confidence", NumberRange.FRACTION)));
    }

    @Test
    void approvedOrderNumbersAreRefusedByFieldOrKeptExactly() {
        check(Fixtures.approvedOrder(), raw -> EventJson.decode(raw, ApprovedOrder.class), List.of(SCHEMA_VERSION,
                Field.decimal("quantity", NumberRange.SHARES), Field.decimal("limitPrice", NumberRange.PRICE),
                Field.decimal("stopLoss", NumberRange.PRICE), Field.decimal("takeProfit", NumberRange.PRICE)));
    }

    @Test
    void orderUpdateNumbersAreRefusedByFieldOrKeptExactly() {
        check(Fixtures.fill(), raw -> EventJson.decode(raw, OrderUpdate.class), List.of(SCHEMA_VERSION,
                Field.decimal("quantity", NumberRange.SHARES),
                Field.decimal("filledQuantity", NumberRange.FILLED_SHARES),
                Field.decimal("filledAvgPrice", NumberRange.PRICE), Field.decimal("limitPrice", NumberRange.PRICE),
                Field.decimal("stopPrice", NumberRange.PRICE), Field.decimal("fillQuantity", NumberRange.SHARES),
                Field.decimal("fillPrice", NumberRange.PRICE),
                Field.decimal("positionQuantity", NumberRange.POSITION_SHARES)));
    }

    @Test
    void accountSnapshotNumbersAreRefusedByFieldOrKeptExactly() {
        check(Fixtures.snapshot(), EventJson::decodePositionsEvent, List.of(SCHEMA_VERSION,
                Field.decimal("equity", NumberRange.MONEY), Field.decimal("lastEquity", NumberRange.MONEY),
                Field.decimal("cash", NumberRange.MONEY), Field.decimal("buyingPower", NumberRange.NON_NEGATIVE_MONEY),
                Field.nonZero("positions[0].quantity", NumberRange.POSITION_SHARES),
                Field.decimal("positions[0].avgEntryPrice", NumberRange.PRICE),
                Field.decimal("positions[0].currentPrice", NumberRange.PRICE),
                Field.decimal("positions[0].marketValue", NumberRange.MONEY),
                Field.decimal("positions[0].costBasis", NumberRange.MONEY),
                Field.decimal("positions[0].unrealizedPl", NumberRange.MONEY),
                Field.decimal("positions[0].unrealizedPlPct", NumberRange.RATIO)));
    }

    @Test
    void positionChangedNumbersAreRefusedByFieldOrKeptExactly() {
        check(Fixtures.positionChanged(), EventJson::decodePositionsEvent, List.of(SCHEMA_VERSION,
                Field.decimal("quantity", NumberRange.POSITION_SHARES),
                Field.decimal("avgEntryPrice", NumberRange.PRICE), Field.decimal("currentPrice", NumberRange.PRICE),
                Field.decimal("marketValue", NumberRange.MONEY), Field.decimal("costBasis", NumberRange.MONEY),
                Field.decimal("unrealizedPl", NumberRange.MONEY), Field.decimal("unrealizedPlPct", NumberRange.RATIO),
                Field.decimal("equity", NumberRange.MONEY), Field.decimal("lastEquity", NumberRange.MONEY),
                Field.decimal("cash", NumberRange.MONEY), Field.decimal("buyingPower", NumberRange.NON_NEGATIVE_MONEY),
                Field.whole("openPositions", 0, PositionChanged.MAX_OPEN_POSITIONS)));
    }

    @Test
    void marketDataStatusNumbersAreRefusedByFieldOrKeptExactly() {
        check(Fixtures.staleMarketData(), EventJson::decodePositionsEvent, List.of(SCHEMA_VERSION));
    }

    @Test
    void alertNumbersAreRefusedByFieldOrKeptExactly() {
        Alert alert = Alert.of(Envelope.create("PA-DEE", "DEE-BOT", "rec-1"), AlertType.STOP_LOSS_HIT,
                "Stop loss hit: JNJ", "JNJ traded at 142.90, stop 143.06", java.util.Map.of("symbol", "JNJ"));
        check(alert, raw -> EventJson.decode(raw, Alert.class), List.of(SCHEMA_VERSION));
    }

    @Test
    void tradingStateChangedNumbersAreRefusedByFieldOrKeptExactly() {
        TradingStateChanged halted = new TradingStateChanged(java.util.UUID.randomUUID(), 2, "PA-DEE", null,
                Fixtures.NOW, null, TradingState.HALTED, TradingState.ACTIVE, "daily loss limit", "risk-service");
        check(halted, raw -> EventJson.decode(raw, TradingStateChanged.class), List.of(SCHEMA_VERSION));
    }

    /** A numeric field by its path as violations name it ({@code positions[0].quantity}) and its documented range. */
    record Field(String path, NumberRange range, int minWhole, int maxWhole, boolean nonZero) {
        static Field decimal(String path, NumberRange range) {
            return new Field(path, range, 0, 0, false);
        }

        static Field nonZero(String path, NumberRange range) {
            return new Field(path, range, 0, 0, true);
        }

        static Field whole(String path, int min, int max) {
            return new Field(path, null, min, max, false);
        }

        boolean isWhole() {
            return range == null;
        }

        /** Whether a record carrying {@code literal} here must be accepted; the expected value when it must. */
        Object expected(String literal) {
            boolean quoted = literal.startsWith("\"");
            String text = quoted ? literal.substring(1, literal.length() - 1) : literal;
            if (isWhole()) {
                if (!WHOLE.matcher(text).matches() || text.length() > 11) {
                    return null;
                }
                long value = Long.parseLong(text);
                return value >= minWhole && value <= maxWhole ? Integer.valueOf((int) value) : null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                return null;
            }
            if (!quoted && text.length() > 1000) {
                return null;
            }
            return range.admits(value) && !(nonZero && value.signum() == 0) ? value : null;
        }
    }

    record Example(Field field, String literal) {
    }

    private static void check(TradingEvent valid, Function<byte[], Decoded<? extends TradingEvent>> decoder,
            List<Field> fields) {
        String type = valid.getClass().getSimpleName();
        Decoded<? extends TradingEvent> base = decoder.apply(EventJson.toBytes(valid));
        assertTrue(base.isOk(), () -> "the starting " + type + " is valid: " + base.failure());
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Gen<Example> examples = Generate.pick(fields).flatMap(field -> literals(field).map(l -> new Example(field, l)));
        qt().withExamples(EXAMPLES).withShrinkCycles(200).forAll(examples).checkAssert(example -> {
            byte[] raw = withLiteral(valid, example.field().path(), example.literal());
            Decoded<? extends TradingEvent> decoded = decoder.apply(raw);
            Object expected = example.field().expected(example.literal());
            if (expected == null) {
                refused.incrementAndGet();
                assertRefusedNaming(example.field(), fields, decoded);
            } else {
                accepted.incrementAndGet();
                assertTrue(decoded.isOk(), () -> example + " is inside its range: " + decoded.failure());
                Object actual = at(decoded.event(), example.field().path());
                assertEquals(expected, actual, () -> example + " is kept exactly, scale included");
                Object again = at(decoder.apply(EventJson.toBytes(decoded.event())).event(), example.field().path());
                assertTrue(expected instanceof BigDecimal e ? e.compareTo((BigDecimal) again) == 0 : expected.equals(again),
                        () -> example + " survives writing and reading again, got " + again);
            }
        });
        assertTrue(accepted.get() > 0 && refused.get() > 0,
                "both outcomes were exercised: accepted " + accepted + ", refused " + refused);
    }

    private static void assertRefusedNaming(Field field, List<Field> fields, Decoded<? extends TradingEvent> decoded) {
        assertFalse(decoded.isOk(), () -> field.path() + " must be refused, was accepted as " + decoded.event());
        String failure = decoded.failure();
        Matcher prefix = Pattern.compile("^invalid \\w+: ").matcher(failure);
        assertTrue(prefix.find(), failure);
        String reasons = failure.substring(prefix.end());
        assertTrue(reasons.startsWith(field.path() + ": "), () -> "names " + field.path() + ": " + failure);
        for (Field other : fields) {
            if (!other.equals(field)) {
                assertFalse(reasons.contains("; " + other.path() + ": "), () -> "blames only " + field.path()
                        + ": " + failure);
            }
        }
        assertTrue(failure.length() < 1500, () -> "a reason stays short: " + failure.length() + " characters");
    }

    /** The event's JSON with the literal written, as sent, where {@code path} points. */
    private static byte[] withLiteral(TradingEvent event, String path, String literal) {
        JsonNode root = EventJson.mapper().valueToTree(event);
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].startsWith("[") ? parent.get(index(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), PLACEHOLDER);
        } else {
            ((ObjectNode) parent).put(last, PLACEHOLDER);
        }
        return root.toString().replace("\"" + PLACEHOLDER + "\"", literal).getBytes(UTF_8);
    }

    /** The value at {@code path} of a decoded event, by its record components. */
    private static Object at(Object event, String path) {
        Object current = event;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.startsWith("[")) {
                current = ((List<?>) current).get(index(step));
                continue;
            }
            Object from = current;
            RecordComponent component = java.util.Arrays.stream(from.getClass().getRecordComponents())
                    .filter(c -> c.getName().equals(step)).findFirst()
                    .orElseThrow(() -> new AssertionError(from.getClass().getSimpleName() + " has no " + step));
            try {
                current = component.getAccessor().invoke(from);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return current;
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    /** JSON values for one field: near its range, of any shape, at the edges, quoted, or not numbers at all. */
    static Gen<String> literals(Field field) {
        Gen<String> numbers = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(4, field.isWhole() ? nearWhole(field) : nearRange(field.range())),
                org.quicktheories.api.Pair.of(3, anyShape()),
                org.quicktheories.api.Pair.of(2, Generate.pick(edges(field)))));
        Gen<String> quoted = numbers.map(n -> "\"" + n + "\"");
        Gen<String> notNumbers = Generate.pick(List.of("true", "false", "\"abc\"", "[1]", "{}", "\"1,5\"", "\"NaN\""));
        return Generate.frequency(List.of(org.quicktheories.api.Pair.of(8, numbers),
                org.quicktheories.api.Pair.of(1, quoted), org.quicktheories.api.Pair.of(1, notNumbers)));
    }

    /** Values spread over twice the range with up to two decimals more than allowed, in several spellings. */
    private static Gen<String> nearRange(NumberRange range) {
        return Generate.range(0, range.maxDecimals() + 2).flatMap(scale -> {
            long bound = range.max().movePointRight(scale).min(BigDecimal.valueOf(Long.MAX_VALUE / 4)).longValue();
            return Generate.longRange(-2 * bound, 2 * bound).zip(Generate.range(0, 3), (unscaled, spelling) -> {
                BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                return switch (spelling) {
                    case 0 -> value.toPlainString();
                    case 1 -> unscaled + "e-" + scale;
                    case 2 -> unscaled + "E-" + scale;
                    default -> value.toPlainString() + (scale == 0 ? ".000" : "000");
                };
            });
        });
    }

    private static Gen<String> nearWhole(Field field) {
        return Generate.longRange(field.minWhole() - 3L, field.maxWhole() + 3L).map(value -> String.valueOf(value));
    }

    /** sign, integer part (up to 1100 digits), fraction, exponent (up to beyond an int). */
    private static Gen<String> anyShape() {
        Gen<String> sign = Generate.pick(List.of("", "-"));
        Gen<String> integer = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(1, Generate.constant("0")),
                org.quicktheories.api.Pair.of(8, digits(1, 30).map(d -> "1" + d)),
                org.quicktheories.api.Pair.of(1, digits(999, 1100).map(d -> "9" + d))));
        Gen<String> fraction = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(1, Generate.constant("")),
                org.quicktheories.api.Pair.of(1, digits(1, 30).map(d -> "." + d))));
        Gen<String> exponent = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(1, Generate.constant("")),
                org.quicktheories.api.Pair.of(1, Generate.pick(List.of("e", "E", "e+", "e-", "E-")).zip(
                        Generate.pick(List.of("0", "1", "2", "9", "10", "20", "308", "309", "400", "999999999",
                                "2147483647", "2147483648", "9999999999")), String::concat))));
        return sign.zip(integer, fraction, exponent, (s, i, f, e) -> s + i + f + e);
    }

    private static Gen<String> digits(int min, int max) {
        return Generate.range(min, max).zip(Generate.longRange(0, Long.MAX_VALUE), (length, seed) -> {
            StringBuilder text = new StringBuilder(length);
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            for (int i = 0; i < length; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            return text.toString();
        });
    }

    /** The issue's inputs, the range's own bounds and a step beyond each. */
    private static List<String> edges(Field field) {
        List<String> edges = new ArrayList<>(List.of("1e400", "-1e400", "1e-400", "1e20", "1E+20",
                "100000000000000000000", "0", "-0", "0.0", "1e9", "1000000000", "1000000000.000000001",
                "0.000000001", "1e-10", "10000000", "10000000.0000000001", "1000000000000", "-1000000000000",
                "1e999999999", "1e-999999999", "-1e999999999", "1e2147483648", "2147483648", "-2147483649", "1.5",
                "2.0", "1e0"));
        if (field.isWhole()) {
            edges.addAll(List.of(String.valueOf(field.minWhole()), String.valueOf(field.maxWhole()),
                    String.valueOf(field.minWhole() - 1L), String.valueOf(field.maxWhole() + 1L)));
        } else {
            BigDecimal step = BigDecimal.ONE.movePointLeft(field.range().maxDecimals());
            for (BigDecimal bound : List.of(field.range().min(), field.range().max())) {
                edges.addAll(List.of(bound.toPlainString(), bound.add(step).toPlainString(),
                        bound.subtract(step).toPlainString(), bound.toString(),
                        bound.add(step.movePointLeft(1)).toPlainString()));
            }
        }
        return edges;
    }
}

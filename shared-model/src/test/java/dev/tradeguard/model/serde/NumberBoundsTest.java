package dev.tradeguard.model.serde;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tradeguard.model.Fixtures;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.TradingEvent;

/** Issue 23's findings, from their exact inputs: numbers beyond a field's range are refused, naming field and range. */
class NumberBoundsTest {

    /** The JSON of {@code event} with {@code field} written as the literal {@code number}, exactly as a client sent it. */
    static byte[] withNumber(TradingEvent event, String field, String number) {
        String json = EventJson.toJson(event);
        String replaced = json.replaceFirst("\"" + field + "\":(null|[-0-9.eE+]+)", "\"" + field + "\":" + number);
        assertTrue(!replaced.equals(json), field + " not in " + json);
        return replaced.getBytes(UTF_8);
    }

    static Stream<Arguments> numbersOutOfTheirField() {
        return Stream.of(
                Arguments.of("1e400 shares are refused, not read as the largest double", Fixtures.recommendation(),
                        "quantity", "1e400", "invalid Recommendation: quantity: must be greater than 0 and at most"
                                + " 1000000000 (shares, at most 9 decimals), got 1E+400"),
                Arguments.of("10^20 shares are refused before any service sizes them", Fixtures.recommendation(),
                        "quantity", "100000000000000000000", "invalid Recommendation: quantity: must be greater"
                                + " than 0 and at most 1000000000 (shares, at most 9 decimals), got"
                                + " 100000000000000000000"),
                Arguments.of("a limit price of 1e400 is refused", Fixtures.approvedOrder(), "limitPrice", "1e400",
                        "invalid ApprovedOrder: limitPrice: must be greater than 0 and at most 10000000 (dollars per"
                                + " share, at most 10 decimals), got 1E+400"),
                Arguments.of("a fraction is never truncated into a whole-number field", Fixtures.recommendation(),
                        "schemaVersion", "1.5",
                        "invalid Recommendation: schemaVersion: cannot read '1.5' as Integer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersOutOfTheirField")
    void aNumberOutsideItsFieldIsRefusedNamingFieldAndRange(String rule, TradingEvent event, String field,
            String number, String reason) {
        assertEquals(reason, EventJson.decode(withNumber(event, field, number), event.getClass()).failure());
    }

    @Test
    void aFillOf1e20SharesAt1e400IsRefusedNamingBothFields() {
        byte[] quantity = withNumber(Fixtures.fill(), "fillQuantity", "1e20");
        String json = new String(quantity, UTF_8).replace("\"fillPrice\":155.48", "\"fillPrice\":1e400");
        String failure = EventJson.decode(json.getBytes(UTF_8), OrderUpdate.class).failure();
        assertTrue(failure.contains("fillQuantity: must be greater than 0 and at most 1000000000 (shares, at most 9"
                + " decimals), got 100000000000000000000"), failure);
        assertTrue(failure.contains("fillPrice: must be greater than 0 and at most 10000000 (dollars per share, at"
                + " most 10 decimals), got 1E+400"), failure);
    }

    @Test
    void aNumberOfMoreDigitsThanTheParserAllowsIsNamedByItsField() {
        String failure = EventJson.decode(withNumber(Fixtures.fill(), "fillPrice", "1" + "0".repeat(1200)),
                OrderUpdate.class).failure();
        assertTrue(failure.startsWith("invalid OrderUpdate: fillPrice: Number value length (1201) exceeds"), failure);
        String positions = EventJson.decodePositionsEvent(withNumber(Fixtures.snapshot(), "equity",
                "9".repeat(1001))).failure();
        assertTrue(positions.startsWith("invalid PositionsEvent: equity: Number value length"), positions);
    }

    @Test
    void aHostileExponentIsRefusedWithAShortReason() {
        String failure = EventJson.decode(withNumber(Fixtures.approvedOrder(), "quantity", "1e-999999999"),
                ApprovedOrder.class).failure();
        assertTrue(failure.endsWith("got 1E-999999999"), failure);
        assertTrue(failure.length() < 200, failure);
    }

    @Test
    void aRestMapperMadeExactReadsUntypedNumbersAsDecimals() throws Exception {
        ObjectMapper mapper = EventJson.readNumbersExactly(JsonMapper.builder().build());
        Map<?, ?> body = mapper.readValue("{\"quantity\": 1e400, \"limit\": 10}", Map.class);
        assertEquals(new BigDecimal("1e400"), body.get("quantity"), "never Infinity");
        JsonNode tree = mapper.readTree("[1e400]");
        assertEquals(new BigDecimal("1e400"), tree.get(0).decimalValue());
        assertTrue(List.of(10, 10L).contains(body.get("limit")), "whole numbers stay whole");
    }
}

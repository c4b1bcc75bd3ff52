package dev.tradeguard.model.serde;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.model.Fixtures;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;

class EventJsonTest {

    @Test
    void roundTripKeepsEveryFieldAndExactMoney() {
        Recommendation original = Fixtures.recommendation();
        Decoded<Recommendation> decoded = EventJson.decode(EventJson.toBytes(original), Recommendation.class);
        assertTrue(decoded.isOk(), decoded::failure);
        assertEquals(original, decoded.event());
        assertEquals(new BigDecimal("155.50"), decoded.event().limitPrice(), "scale is kept: 155.50, not 155.5");
    }

    @Test
    void moneyIsWrittenAsPlainDecimalNeverScientificOrFloat() {
        String json = EventJson.toJson(Fixtures.snapshot());
        assertTrue(json.contains("\"equity\":100000.00"), json);
        assertTrue(json.contains("\"occurredAt\":\"2026-02-17T14:35:00Z\""), json);
    }

    @Test
    void decimalsWithManyDigitsAreReadExactly() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.recommendation());
        node.put("limitPrice", new BigDecimal("9999999.9999999999"));
        Decoded<Recommendation> decoded = EventJson.decode(Fixtures.bytes(node),
                Recommendation.class);
        assertEquals(new BigDecimal("9999999.9999999999"), decoded.event().limitPrice(), "a double would be 1.0E7");
    }

    @Test
    void unknownFieldsAreIgnoredForForwardCompatibility() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.recommendation());
        node.put("fieldFromSchemaVersion2", "whatever");
        node.putObject("nested").put("x", 1);
        Decoded<Recommendation> decoded = EventJson.decode(Fixtures.bytes(node),
                Recommendation.class);
        assertTrue(decoded.isOk(), decoded::failure);
    }

    @Test
    void enumNamesAreReadCaseInsensitively() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.recommendation());
        node.put("side", "sell_short");
        assertEquals(Side.SELL_SHORT,
                EventJson.decode(Fixtures.bytes(node), Recommendation.class).event().side());
    }

    @Test
    void malformedJsonIsAFailureNotAnException() {
        Decoded<Recommendation> decoded = EventJson.decode("{\"broken\"".getBytes(UTF_8), Recommendation.class);
        assertFalse(decoded.isOk());
        assertTrue(decoded.failure().startsWith("malformed JSON"), decoded.failure());
        assertEquals("{\"broken\"", new String(decoded.raw(), UTF_8), "the raw bytes are kept for the DLQ");
    }

    @Test
    void emptyAndNullRecordsAreFailures() {
        assertTrue(EventJson.decode(new byte[0], Recommendation.class).failure().startsWith("empty record"));
        assertTrue(EventJson.decode(null, Recommendation.class).failure().startsWith("empty record"));
        assertTrue(EventJson.decode("null".getBytes(UTF_8), Recommendation.class).failure().startsWith("empty record"));
    }

    @Test
    void schemaViolationsAreAllReportedByFieldName() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.approvedOrder());
        node.put("quantity", -5);
        node.remove("symbol");
        node.remove("stopLoss");
        String failure = EventJson.decode(Fixtures.bytes(node), ApprovedOrder.class).failure();
        assertTrue(failure.startsWith("invalid ApprovedOrder: "), failure);
        assertTrue(failure.contains("quantity: must be greater than 0 and at most 1000000000 (shares, at most 9"
                + " decimals), got -5"), failure);
        assertTrue(failure.contains("symbol: is required"), failure);
        assertTrue(failure.contains("stopLoss: is required"), failure);
    }

    @Test
    void nestedViolationsNameTheElement() throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.snapshot());
        ((ObjectNode) node.withArray("positions").get(0)).put("currentPrice", 0);
        ((ObjectNode) node.get("clock")).remove("nextOpen");
        String failure = EventJson.decode(Fixtures.bytes(node), AccountSnapshot.class).failure();
        assertTrue(failure.contains("positions[0].currentPrice: must be greater than 0 and at most 10000000"), failure);
        assertTrue(failure.contains("clock.nextOpen: is required"), failure);
    }

    static Stream<Arguments> oneBadField() {
        return Stream.of(
                Arguments.of("a wrong type names the field", "quantity", "\"twenty\"",
                        "invalid Recommendation: quantity: "),
                Arguments.of("an unknown enum value names the field and the allowed values", "side", "\"HODL\"",
                        "invalid Recommendation: side: cannot read 'HODL' as one of [BUY, SELL, SELL_SHORT,"
                                + " BUY_TO_COVER]"),
                Arguments.of("a newer schema version is rejected rather than misread", "schemaVersion", "99",
                        "invalid Recommendation: schemaVersion: must be between 1 and "
                                + TradingEvent.CURRENT_SCHEMA_VERSION + ", got 99"));
    }

    /** A valid recommendation with one field set to {@code json}: the failure starts by naming it and why. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBadField")
    void aRecommendationWithOneBadFieldIsAFailureNamingIt(String rule, String field, String json, String reason)
            throws Exception {
        ObjectNode node = Fixtures.tree(Fixtures.recommendation());
        node.set(field, EventJson.mapper().readTree(json));
        String failure = EventJson.decode(Fixtures.bytes(node), Recommendation.class).failure();
        assertTrue(failure.startsWith(reason), failure);
    }

    @Test
    void kafkaDeserializerNeverThrowsOnGarbage() {
        try (RecommendationDeserializer deserializer = new RecommendationDeserializer()) {
            for (String garbage : new String[] { "{\"broken\"", "[]", "42", "\u0000\u0001", "{}", "\"text\"" }) {
                Decoded<Recommendation> decoded = deserializer.deserialize("recommendations", garbage.getBytes(UTF_8));
                assertFalse(decoded.isOk(), garbage);
            }
        }
    }

    @Test
    void deadLetterSerializerWritesTheOriginalBytes() {
        byte[] raw = "{\"broken\"".getBytes(UTF_8);
        try (DecodedSerializer serializer = new DecodedSerializer()) {
            assertEquals("{\"broken\"", new String(
                    serializer.serialize("recommendations.dlq", EventJson.decode(raw, Recommendation.class)), UTF_8));
        }
    }
}

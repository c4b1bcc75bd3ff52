package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

class JsonFieldsTest {
    private final Violations violations = new Violations();

    private JsonFields fields(String json) throws JsonProcessingException {
        return new JsonFields(EventJson.mapper().readTree(json), violations);
    }

    @Test
    void wellFormedFieldsReadToTheirTypesAndNothingIsReported() throws Exception {
        JsonFields read = fields("""
                {"text": "KO", "number": 61.25, "id": "6f1c1f0e-8d0e-4c8b-9b1a-2f7e5d6c4b3a",
                 "day": "2026-03-10", "at": "2026-03-10T16:00:00-04:00"}""");
        assertEquals("KO", read.text("text"));
        assertEquals(0, new BigDecimal("61.25").compareTo(read.number("number")));
        assertEquals(UUID.fromString("6f1c1f0e-8d0e-4c8b-9b1a-2f7e5d6c4b3a"), read.uuid("id"));
        assertEquals(LocalDate.parse("2026-03-10"), read.date("day"));
        assertEquals(Instant.parse("2026-03-10T20:00:00Z"), read.instant("at"));
        assertEquals(List.of(), violations.toList());
    }

    @Test
    void anAbsentOrNullFieldReadsAsNullWithoutAViolation() throws Exception {
        JsonFields read = fields("{\"text\": null}");
        assertNull(read.text("text"));
        assertNull(read.number("number"));
        assertNull(read.date("day"));
        assertEquals(List.of(), violations.toList());
    }

    @Test
    void everyFieldOfTheWrongTypeOrFormIsNamedAtOnce() throws Exception {
        JsonFields read = fields("""
                {"text": 5, "number": "61.25", "id": "x-1", "day": "10/03/2026", "at": "2026-03-10T16:00"}""");
        assertNull(read.text("text"));
        assertNull(read.number("number"));
        assertNull(read.uuid("id"));
        assertNull(read.date("day"));
        assertNull(read.instant("at"));
        assertEquals(List.of(new Violation("text", "must be a string, got NUMBER"),
                new Violation("number", "must be a number, got STRING \"61.25\""),
                new Violation("id", "must be a UUID, got 'x-1'"),
                new Violation("day", "must be a date like 2026-03-10, got '10/03/2026'"),
                new Violation("at", "must be an ISO-8601 time with offset like 2026-03-10T20:00:00Z, got"
                        + " '2026-03-10T16:00'")), violations.toList());
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnesInOrder() throws Exception {
        fields("{\"symbol\": \"KO\", \"stoploss\": 1}").onlyKnown(Set.of("symbol", "stopLoss", "limitPrice"),
                "a recommendation");
        assertEquals(List.of(new Violation("stoploss",
                "is not a field of a recommendation; known fields: [limitPrice, stopLoss, symbol]")),
                violations.toList());
    }
}

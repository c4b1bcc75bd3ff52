package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.model.validation.Violations;

/**
 * Typed reads of a JSON object's fields (a REST body, an idea of the model's answer), each adding a violation naming
 * the field when it has the wrong type or form, so every wrong field is reported at once. An absent or null field
 * reads as {@code null}.
 */
public record JsonFields(JsonNode node, Violations violations) {

    /** Names every field of the object that is not one of {@code known} (a misspelt {@code stoploss}, say). */
    public void onlyKnown(Set<String> known, String ofWhat) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                violations.add(name, "is not a field of " + ofWhat + "; known fields: " + known.stream().sorted()
                        .toList());
            }
        }
    }

    public String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            violations.add(field, "must be a string, got " + value.getNodeType());
            return null;
        }
        return value.asText();
    }

    public BigDecimal number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            violations.add(field, "must be a number, got " + value.getNodeType() + " " + value);
            return null;
        }
        return value.decimalValue();
    }

    public UUID uuid(String field) {
        return parsed(field, UUID::fromString, "must be a UUID");
    }

    public LocalDate date(String field) {
        return parsed(field, LocalDate::parse, "must be a date like 2026-03-10");
    }

    public Instant instant(String field) {
        return parsed(field, text -> OffsetDateTime.parse(text).toInstant(),
                "must be an ISO-8601 time with offset like 2026-03-10T20:00:00Z");
    }

    private <T> T parsed(String field, Function<String, T> parse, String expected) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            violations.add(field, expected + ", got '" + text + "'");
            return null;
        }
    }
}

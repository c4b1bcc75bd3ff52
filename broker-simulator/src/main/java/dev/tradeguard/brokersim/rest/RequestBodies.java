package dev.tradeguard.brokersim.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeguard.brokersim.domain.BrokerRejection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** JSON request bodies read as Alpaca reads them: a body that is not a JSON object is 400 40010000. */
final class RequestBodies {

    static final int MALFORMED = 40010000;

    private RequestBodies() {
    }

    static BrokerRejection malformed() {
        return new BrokerRejection(400, MALFORMED, "request body format is invalid");
    }

    /** The body as a JSON object; an empty body is an empty object. */
    static JsonNode object(ObjectMapper mapper, String body) {
        JsonNode json;
        try {
            json = mapper.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw malformed();
        }
        if (json == null || !json.isObject()) {
            throw malformed();
        }
        return json;
    }

    /** Refuses fields the endpoint does not know, naming them, rather than ignoring what the caller meant. */
    static void onlyFields(JsonNode json, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw BrokerRejection.invalid("unknown field(s): " + String.join(", ", unknown) + "; expected "
                    + String.join(", ", known.stream().sorted().toList()));
        }
    }

    /** A string field, or null when absent or JSON null; any other type is refused. */
    static String text(JsonNode json, String field) {
        JsonNode value = present(json, field, JsonNode::isTextual, "a string");
        return value == null ? null : value.asText();
    }

    static Boolean bool(JsonNode json, String field) {
        JsonNode value = present(json, field, JsonNode::isBoolean, "true or false");
        return value == null ? null : value.asBoolean();
    }

    /** An array of strings, or null when absent or JSON null. */
    static List<String> texts(JsonNode json, String field) {
        String expected = "an array of strings";
        JsonNode value = present(json, field, JsonNode::isArray, expected);
        if (value == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw mustBe(field, expected, value);
            }
            texts.add(element.asText());
        }
        return texts;
    }

    /** The field's value, or null when absent or JSON null; a value of another type is refused, naming the field. */
    private static JsonNode present(JsonNode json, String field, Predicate<JsonNode> ofTheType, String expected) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!ofTheType.test(value)) {
            throw mustBe(field, expected, value);
        }
        return value;
    }

    private static BrokerRejection mustBe(String field, String expected, JsonNode value) {
        return BrokerRejection.invalid(field + " must be " + expected + ", got " + value);
    }
}

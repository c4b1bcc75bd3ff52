package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/**
 * The model's final answer: the last JSON block of its text, {@code {"recommendations": [...]}}. An answer without
 * such a block is malformed as a whole; each idea in it is read field by field, so a wrong field is named and only
 * that idea is lost. Unknown fields are refused, as at the REST door: a misspelt {@code stoploss} must not drop a stop.
 */
public record ResearchAnswer(List<Idea> ideas) {
    public static final Set<String> FIELDS = Set.of("symbol", "side", "shares", "limit_price", "stop_loss",
            "take_profit", "confidence", "rationale", "catalyst", "catalyst_date");

    private static final Pattern FENCED = Pattern.compile("```[a-zA-Z]*\\s*\\n(.*?)```", Pattern.DOTALL);
    private static final ObjectReader READER = EventJson.mapper().reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    /** One idea as the model wrote it, with what could not be read ({@code violations}, empty when readable). */
    public record Idea(int index, String symbol, Side side, BigDecimal shares, BigDecimal limitPrice,
            BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal confidence, String rationale, String catalyst,
            LocalDate catalystDate, List<Violation> violations) {
    }

    /**
     * @throws ResearchFailure ({@link ResearchFailureKind#MALFORMED_OUTPUT}) when the text carries no JSON block with a
     *         {@code recommendations} array
     */
    public static ResearchAnswer parse(String text, int maxIdeas) {
        JsonNode root = lastJsonBlock(text == null ? "" : text);
        if (root == null) {
            throw malformed("the final answer has no JSON block ({\"recommendations\": [...]}) that parses");
        }
        JsonNode list = root.isObject() ? root.get("recommendations") : null;
        if (list == null || !list.isArray()) {
            throw malformed("the final answer's JSON block has no \"recommendations\" array");
        }
        List<Idea> ideas = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ideas.add(readIdea(i, list.get(i), i >= maxIdeas ? maxIdeas : -1));
        }
        return new ResearchAnswer(List.copyOf(ideas));
    }

    private static ResearchFailure malformed(String message) {
        return new ResearchFailure(ResearchFailureKind.MALFORMED_OUTPUT, message);
    }

    /** The last fenced block that parses as JSON, else the whole text when it is JSON. */
    private static JsonNode lastJsonBlock(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher fenced = FENCED.matcher(text);
        while (fenced.find()) {
            blocks.add(fenced.group(1));
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            JsonNode node = readJson(blocks.get(i));
            if (node != null && node.isObject()) {
                return node;
            }
        }
        return blocks.isEmpty() ? readJson(text) : null;
    }

    private static JsonNode readJson(String candidate) {
        String trimmed = candidate.trim();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            return READER.readTree(trimmed);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Idea readIdea(int index, JsonNode node, int limitExceeded) {
        Violations violations = new Violations();
        if (limitExceeded >= 0) {
            violations.add("(idea)", "is beyond the " + limitExceeded
                    + " ideas one answer may carry (tradeguard.research.max-ideas)");
        }
        if (node == null || !node.isObject()) {
            violations.add("(idea)", "must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
            return new Idea(index, null, null, null, null, null, null, null, null, null, null, violations.toList());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                violations.add(name, "is not a field of a research idea; known fields: " + new TreeSet<>(FIELDS));
            }
        }
        String symbol = text(node, "symbol", violations);
        violations.required("symbol", symbol);
        String sideText = text(node, "side", violations);
        Side side = null;
        if (sideText == null) {
            violations.required("side", null);
        } else {
            side = Sides.parse(sideText).orElse(null);
            if (side == null) {
                violations.add("side", "must be one of " + Sides.ACCEPTED + ", got '" + sideText + "'");
            }
        }
        String catalystDateText = text(node, "catalyst_date", violations);
        LocalDate catalystDate = null;
        if (catalystDateText != null) {
            try {
                catalystDate = LocalDate.parse(catalystDateText);
            } catch (DateTimeParseException e) {
                violations.add("catalyst_date", "must be a date like 2026-03-10, got '" + catalystDateText + "'");
            }
        }
        return new Idea(index, symbol, side, number(node, "shares", violations),
                number(node, "limit_price", violations), number(node, "stop_loss", violations),
                number(node, "take_profit", violations), number(node, "confidence", violations),
                text(node, "rationale", violations), text(node, "catalyst", violations), catalystDate,
                violations.toList());
    }

    private static String text(JsonNode node, String field, Violations violations) {
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

    private static BigDecimal number(JsonNode node, String field, Violations violations) {
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
}

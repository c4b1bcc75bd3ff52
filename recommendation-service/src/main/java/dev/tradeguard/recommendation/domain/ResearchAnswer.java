package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        JsonFields fields = new JsonFields(node, violations);
        fields.onlyKnown(FIELDS, "a research idea");
        String symbol = fields.text("symbol");
        violations.required("symbol", symbol);
        String sideText = fields.text("side");
        Side side = null;
        if (sideText == null) {
            violations.required("side", null);
        } else {
            side = Sides.parse(sideText).orElse(null);
            if (side == null) {
                violations.add("side", "must be one of " + Sides.ACCEPTED + ", got '" + sideText + "'");
            }
        }
        LocalDate catalystDate = fields.date("catalyst_date");
        return new Idea(index, symbol, side, fields.number("shares"), fields.number("limit_price"),
                fields.number("stop_loss"), fields.number("take_profit"), fields.number("confidence"),
                fields.text("rationale"), fields.text("catalyst"), catalystDate, violations.toList());
    }
}

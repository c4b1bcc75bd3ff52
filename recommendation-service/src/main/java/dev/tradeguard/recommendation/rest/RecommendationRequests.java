package dev.tradeguard.recommendation.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.recommendation.config.RecommendationConfig;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.JsonFields;
import dev.tradeguard.recommendation.domain.RecommendationIds;
import dev.tradeguard.recommendation.domain.RecommendationRules;
import dev.tradeguard.recommendation.domain.Sides;
import dev.tradeguard.recommendation.service.RecommendationService.Candidate;

/**
 * Reads a POSTed recommendation or batch field by field, so that every wrong field is named at once (a data-binding
 * library stops at the first), and an unknown field, such as a misspelt {@code stoploss}, is refused rather than
 * silently dropping a stop.
 */
@ApplicationScoped
public class RecommendationRequests {
    static final Set<String> FIELDS = Set.of("id", "accountId", "strategy", "symbol", "side", "quantity",
            "limitPrice", "stopLoss", "takeProfit", "confidence", "source", "rationale", "catalyst", "catalystDate",
            "validUntil");

    @Inject
    RecommendationConfig config;

    @Inject
    NyseCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    RecommendationRules rules;

    /** The parsed body, or an {@link InvalidInputException} naming everything wrong with it. */
    public Submission read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("(body)", "is required: a recommendation object or an array of them");
        }
        JsonNode root;
        try {
            // Keeps prices as written (245.00 stays 245.00) for the audit trail.
            root = EventJson.mapper().reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                    .readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException("(body)", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        Violations violations = new Violations();
        List<Candidate> candidates = new ArrayList<>();
        Instant now = clock.instant();
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new InvalidInputException("(body)", "is an empty array: nothing to submit");
            }
            if (root.size() > config.maxBatchSize()) {
                throw new InvalidInputException("(body)", "carries " + root.size()
                        + " recommendations, at most " + config.maxBatchSize() + " are accepted at once");
            }
            for (int i = 0; i < root.size(); i++) {
                candidates.add(readOne(root.get(i), violations.nested("", i), now));
            }
        } else {
            candidates.add(readOne(root, violations, now));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.toList());
        }
        return new Submission(candidates, root.isArray());
    }

    public record Submission(List<Candidate> candidates, boolean batch) {
    }

    private Candidate readOne(JsonNode node, Violations violations, Instant now) {
        if (node == null || !node.isObject()) {
            violations.add("(object)", "must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
            return null;
        }
        Violations own = new Violations();
        JsonFields fields = new JsonFields(node, own);
        fields.onlyKnown(FIELDS, "a recommendation");
        UUID id = fields.uuid("id");
        String strategy = fields.text("strategy");
        String accountId = fields.text("accountId");
        if (accountId == null && strategy != null) {
            accountId = config.paperAccount(strategy).orElse(null);
            if (accountId == null) {
                own.add("accountId", "is required: no default account is configured for strategy '" + strategy + "'");
            }
        }
        String sideText = fields.text("side");
        Side side = null;
        if (sideText != null) {
            side = Sides.parse(sideText).orElse(null);
            if (side == null) {
                own.add("side", "must be one of " + Sides.ACCEPTED + ", got '" + sideText + "'");
            }
        }
        Instant validUntil = fields.instant("validUntil");
        Instant sessionClose = calendar.closeOfSessionAfter(now);
        UUID recommendationId = id != null ? id : UUID.randomUUID();
        Recommendation event = new Recommendation(RecommendationIds.eventIdFor(recommendationId),
                TradingEvent.CURRENT_SCHEMA_VERSION, accountId, strategy, now, recommendationId.toString(),
                fields.text("symbol"), side, fields.number("quantity"), fields.number("limitPrice"),
                fields.number("stopLoss"), fields.number("takeProfit"), fields.number("confidence"),
                fields.text("source"), fields.text("rationale"), fields.text("catalyst"), fields.date("catalystDate"),
                validUntil != null ? validUntil : sessionClose);
        own.toList().forEach(violation -> violations.add(violation.field(), violation.message()));
        if (!own.isEmpty()) {
            // The rules still run, so the caller hears about every field at once; what they would say about a field
            // that could not be read at all only repeats the reason it could not be read.
            Set<String> named = Set.copyOf(own.toList().stream().map(v -> v.field()).toList());
            rules.check(event, now).stream().filter(v -> !named.contains(v.field()))
                    .forEach(v -> violations.add(v.field(), v.message()));
            return null;
        }
        return new Candidate(event, NyseCalendar.marketDate(sessionClose));
    }
}

package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.validation.Violation;

class RecommendationRulesTest {
    static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private final RecommendationRules rules = new RecommendationRules(Map.of("DEE-BOT", true, "SHORGAN-BOT", false));

    static Recommendation idea(String strategy, Side side, String quantity, String limit, String stop, String target) {
        UUID id = UUID.randomUUID();
        return new Recommendation(RecommendationIds.eventIdFor(id), 1, "PA-TEST", strategy, NOW, id.toString(),
                "ACME", side, amount(quantity), amount(limit), amount(stop), amount(target), new BigDecimal("0.6"),
                "CLAUDE", null, null, null, NOW.plusSeconds(3600));
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private List<String> fields(Recommendation recommendation) {
        return rules.check(recommendation, NOW).stream().map(Violation::field).toList();
    }

    @Test
    void aLongEntryWithItsStopBelowAndTargetAboveIsValid() {
        assertEquals(List.of(), rules.check(idea("SHORGAN-BOT", Side.BUY, "10", "50.00", "46.00", "60.00"), NOW));
    }

    @Test
    void aShortEntryWithItsStopAboveAndTargetBelowIsValid() {
        assertEquals(List.of(), rules.check(idea("SHORGAN-BOT", Side.SELL_SHORT, "10", "50", "55", "40"), NOW));
    }

    @Test
    void aLongEntryWithStopAndTargetOnTheWrongSidesNamesBoth() {
        assertEquals(List.of("stopLoss", "takeProfit"),
                fields(idea("SHORGAN-BOT", Side.BUY, "10", "50", "52", "48")));
    }

    @Test
    void aShortEntryWithStopAndTargetOnTheWrongSidesNamesBoth() {
        assertEquals(List.of("stopLoss", "takeProfit"),
                fields(idea("SHORGAN-BOT", Side.SELL_SHORT, "10", "50", "45", "55")));
    }

    @Test
    void aStopEqualToTheEntryIsOnTheWrongSide() {
        assertEquals(List.of("stopLoss"), fields(idea("SHORGAN-BOT", Side.BUY, "10", "50", "50", null)));
    }

    @Test
    void withoutAnEntryTheStopMustStillBeOnTheLosingSideOfTheTarget() {
        assertEquals(List.of("stopLoss"), fields(idea("SHORGAN-BOT", Side.BUY, "10", null, "60", "55")));
        assertEquals(List.of(), fields(idea("SHORGAN-BOT", Side.BUY, "10", null, "50", "55")));
    }

    @Test
    void closingOrdersTakeNoStopNorTarget() {
        assertEquals(List.of("stopLoss", "takeProfit"), fields(idea("SHORGAN-BOT", Side.SELL, "10", "50", "45", "55")));
        assertEquals(List.of("stopLoss"), fields(idea("SHORGAN-BOT", Side.BUY_TO_COVER, "10", "50", "45", null)));
        assertEquals(List.of(), fields(idea("SHORGAN-BOT", Side.BUY_TO_COVER, "10", "50", null, null)));
    }

    @Test
    void aLongOnlyStrategyMayNotShortNorCover() {
        assertEquals(List.of("side"), fields(idea("DEE-BOT", Side.SELL_SHORT, "10", "50", "55", null)));
        assertEquals(List.of("side"), fields(idea("DEE-BOT", Side.BUY_TO_COVER, "10", "50", null, null)));
        assertEquals(List.of(), fields(idea("DEE-BOT", Side.SELL, "10", "50", null, null)));
    }

    @Test
    void anUnknownStrategyIsNamed() {
        List<Violation> violations = rules.check(idea("MOON-BOT", Side.BUY, "10", "50", null, null), NOW);
        assertEquals(List.of("strategy"), violations.stream().map(Violation::field).toList());
        assertTrue(violations.get(0).message().contains("DEE-BOT"), violations.toString());
    }

    @Test
    void fractionalSharesAndSubPennyPricesAreRefused() {
        assertEquals(List.of("quantity", "limitPrice", "stopLoss"),
                fields(idea("SHORGAN-BOT", Side.BUY, "2.5", "50.001", "0.123456", null)));
        assertEquals(List.of(), fields(idea("SHORGAN-BOT", Side.BUY, "10.000", "0.5012", "0.41", "0.9")));
    }

    @Test
    void anExpiredIdeaIsRefused() {
        Recommendation idea = idea("SHORGAN-BOT", Side.BUY, "10", "50", null, null);
        assertEquals(List.of("validUntil"), rules.check(idea, NOW.plusSeconds(3600)).stream()
                .map(Violation::field).toList());
    }

    @Test
    void theSharedModelRulesRunToo() {
        Recommendation idea = new Recommendation(UUID.randomUUID(), 1, "PA-TEST", "SHORGAN-BOT", NOW, "x", "acme!",
                null, new BigDecimal("-1"), new BigDecimal("0"), null, null, new BigDecimal("1.5"), null, null, null,
                null, null);
        assertEquals(List.of("symbol", "side", "quantity", "limitPrice", "confidence", "source"), fields(idea));
    }
}

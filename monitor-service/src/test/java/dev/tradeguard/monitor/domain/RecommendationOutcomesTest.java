package dev.tradeguard.monitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;

class RecommendationOutcomesTest {
    private static final Instant MONDAY = Instant.parse("2026-02-02T15:00:00Z");

    private static LedgerFill buy(String recommendation, String quantity, String price, int hour) {
        return new LedgerFill("PA-1", "DEE", "MSFT", Side.BUY, new BigDecimal(quantity), new BigDecimal(price),
                MONDAY.plus(Duration.ofHours(hour)), recommendation);
    }

    private static StoredRecommendation recommendation(String id, int hour) {
        return new StoredRecommendation(id, "PA-1", "DEE", "MSFT", Side.BUY, new BigDecimal("400"),
                new BigDecimal("370"), new BigDecimal("480"), MONDAY.plus(Duration.ofHours(hour)));
    }

    private static Map<String, RecommendationOutcome.Status> statuses(List<StoredRecommendation> recommendations,
            Ledger ledger) {
        return RecommendationOutcomes.of(recommendations, ledger).stream()
                .collect(java.util.stream.Collectors.toMap(RecommendationOutcome::recommendationId,
                        RecommendationOutcome::status));
    }

    @Test
    void aRecommendationThatAddedToAnotherOnesPositionSharesItsOutcomeInsteadOfNotTraded() {
        List<StoredRecommendation> recommendations = List.of(recommendation("rec-first", 0),
                recommendation("rec-added", 24), recommendation("rec-never-filled", 48));
        Ledger holding = TradeLedger.of(List.of(buy("rec-first", "10", "400", 0), buy("rec-added", "5", "410", 24)));

        assertEquals(Map.of("rec-added", "rec-first"), holding.addedTo());
        assertEquals(Map.of("rec-first", RecommendationOutcome.Status.OPEN,
                "rec-added", RecommendationOutcome.Status.OPEN,
                "rec-never-filled", RecommendationOutcome.Status.NOT_TRADED), statuses(recommendations, holding));

        Ledger closed = TradeLedger.of(List.of(buy("rec-first", "10", "400", 0), buy("rec-added", "5", "410", 24),
                new LedgerFill("PA-1", "DEE", "MSFT", Side.SELL, new BigDecimal("15"), new BigDecimal("370"),
                        MONDAY.plus(Duration.ofHours(50)), "rec-first")));
        RecommendationOutcome added = RecommendationOutcomes.of(recommendations, closed).get(1);
        assertEquals(RecommendationOutcome.Status.CLOSED, added.status());
        assertEquals(0, new BigDecimal("-500").compareTo(added.realizedPnl()),
                "the whole round trip's: 10×(370−400) + 5×(370−410)");
    }
}

package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Matches recommendations to the round trips that descend from them (by correlation id); a recommendation that added
 * to a position another one opened shares that position's outcome.
 */
public final class RecommendationOutcomes {
    private RecommendationOutcomes() {
    }

    public static List<RecommendationOutcome> of(List<StoredRecommendation> recommendations, Ledger ledger) {
        return recommendations.stream().map(recommendation -> outcome(recommendation, ledger)).toList();
    }

    static RecommendationOutcome outcome(StoredRecommendation recommendation, Ledger ledger) {
        String id = recommendation.recommendationId();
        String episode = ledger.addedTo().getOrDefault(id, id);
        List<RoundTrip> trips = ledger.roundTrips().stream().filter(trip -> episode.equals(trip.correlationId()))
                .toList();
        List<OpenPosition> open = ledger.openPositions().stream()
                .filter(position -> episode.equals(position.correlationId())).toList();
        if (trips.isEmpty() && open.isEmpty()) {
            return new RecommendationOutcome(id, recommendation.accountId(), recommendation.strategy(),
                    recommendation.symbol(), recommendation.side().name(), recommendation.occurredAt(),
                    recommendation.limitPrice(), recommendation.stopLoss(), recommendation.takeProfit(),
                    RecommendationOutcome.Status.NOT_TRADED, null, null, null, null, null, null);
        }
        BigDecimal realized = trips.stream().map(RoundTrip::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(open.stream().map(OpenPosition::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (!open.isEmpty()) {
            return new RecommendationOutcome(id, recommendation.accountId(), recommendation.strategy(),
                    recommendation.symbol(), recommendation.side().name(), recommendation.occurredAt(),
                    recommendation.limitPrice(), recommendation.stopLoss(), recommendation.takeProfit(),
                    RecommendationOutcome.Status.OPEN, open.get(0).averageEntryPrice(), null, realized, null, null,
                    null);
        }
        RoundTrip first = trips.get(0);
        RoundTrip last = trips.get(trips.size() - 1);
        BigDecimal cost = trips.stream().map(trip -> trip.entryPrice().multiply(trip.quantity()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean isShort = first.direction() == Direction.SHORT;
        BigDecimal exit = last.exitPrice();
        Boolean stopHit = recommendation.stopLoss() == null ? null
                : isShort ? exit.compareTo(recommendation.stopLoss()) >= 0
                        : exit.compareTo(recommendation.stopLoss()) <= 0;
        Boolean targetHit = recommendation.takeProfit() == null ? null
                : isShort ? exit.compareTo(recommendation.takeProfit()) <= 0
                        : exit.compareTo(recommendation.takeProfit()) >= 0;
        return new RecommendationOutcome(id, recommendation.accountId(), recommendation.strategy(),
                recommendation.symbol(), recommendation.side().name(), recommendation.occurredAt(),
                recommendation.limitPrice(), recommendation.stopLoss(), recommendation.takeProfit(),
                RecommendationOutcome.Status.CLOSED, first.entryPrice(), exit, realized,
                cost.signum() == 0 ? null : realized.divide(cost, MetricsCalculator.MATH), stopHit, targetHit);
    }
}

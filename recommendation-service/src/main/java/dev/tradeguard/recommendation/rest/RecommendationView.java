package dev.tradeguard.recommendation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A recommendation as the REST API shows it. */
@RegisterForReflection
public record RecommendationView(UUID id, String accountId, String strategy, String symbol, Side side,
        BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal confidence,
        String source, String rationale, String catalyst, LocalDate catalystDate, Instant validUntil,
        LocalDate marketDate, RecommendationStatus status, String statusReason, Origin origin, String submittedBy,
        UUID importId, Integer sourceLine, UUID eventId, Instant createdAt) {

    public static RecommendationView of(StoredRecommendation stored) {
        Recommendation event = stored.event();
        return new RecommendationView(stored.id(), event.accountId(), event.strategy(), event.symbol(), event.side(),
                event.quantity(), event.limitPrice(), event.stopLoss(), event.takeProfit(), event.confidence(),
                event.source(), event.rationale(), event.catalyst(), event.catalystDate(), event.validUntil(),
                stored.marketDate(), stored.status(), stored.statusReason(), stored.origin(), stored.submittedBy(),
                stored.importId(), stored.sourceLine(), event.eventId(), stored.createdAt());
    }
}

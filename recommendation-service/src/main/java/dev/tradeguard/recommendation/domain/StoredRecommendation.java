package dev.tradeguard.recommendation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tradeguard.model.event.Recommendation;

/**
 * A recommendation as this service keeps it: the event (published or not), what became of it, and where it came from.
 *
 * @param marketDate the New York market day it is for; at most one published idea per account, strategy, symbol,
 *        side and day
 * @param sourceLine the 1-based line of the imported file it was read from
 */
public record StoredRecommendation(Recommendation event, RecommendationStatus status, String statusReason,
        LocalDate marketDate, Origin origin, String submittedBy, UUID importId, Integer sourceLine,
        Instant createdAt) {

    public UUID id() {
        return UUID.fromString(event.correlationId());
    }
}

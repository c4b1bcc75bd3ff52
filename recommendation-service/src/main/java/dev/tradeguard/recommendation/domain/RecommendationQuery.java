package dev.tradeguard.recommendation.domain;

import java.time.LocalDate;

/** Filters of a recommendation search; a {@code null} filter matches everything. */
public record RecommendationQuery(LocalDate marketDate, String strategy, RecommendationStatus status, String symbol,
        int limit) {
}

package dev.tradeguard.recommendation.domain;

/** What became of a stored recommendation. */
public enum RecommendationStatus {
    /** Valid; published on the {@code recommendations} topic. */
    PUBLISHED,
    /** A row of a file's "rejected recommendations" table: kept as information, never published, never traded. */
    REJECTED_INFO
}

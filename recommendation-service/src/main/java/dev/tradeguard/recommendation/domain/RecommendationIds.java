package dev.tradeguard.recommendation.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic ids, so that submitting or importing the same idea twice names the same recommendation and the same
 * event: the second time creates nothing.
 */
public final class RecommendationIds {
    private RecommendationIds() {
    }

    /** A name-based (version 3) UUID. */
    public static UUID named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the one event that announces recommendation {@code id}. */
    public static UUID eventIdFor(UUID id) {
        return named("recommendation-event:" + id);
    }
}

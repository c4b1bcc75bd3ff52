package dev.tradeguard.recommendation.domain;

import java.util.UUID;

import dev.tradeguard.model.Side;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What became of one idea of the model's answer: published as {@code recommendationId}, or rejected with every reason.
 *
 * @param index the idea's position in the answer's {@code recommendations} array
 */
@RegisterForReflection
public record ResearchIdeaOutcome(int index, String symbol, Side side, boolean published, UUID recommendationId,
        String reasons) {
}

package dev.tradeguard.recommendation.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One submitted recommendation: {@code created} is false when the same id and content were accepted before. */
@RegisterForReflection
public record SubmissionResult(boolean created, RecommendationView recommendation) {
}

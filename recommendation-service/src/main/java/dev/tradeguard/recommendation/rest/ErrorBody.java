package dev.tradeguard.recommendation.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of a 409 or 503: what stands in the way. */
@RegisterForReflection
public record ErrorBody(String error) {
}

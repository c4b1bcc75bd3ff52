package dev.tradeguard.recommendation.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of every 400: each violation names its field. */
@RegisterForReflection(targets = { ViolationsBody.class, Violation.class })
public record ViolationsBody(List<Violation> violations) {
}

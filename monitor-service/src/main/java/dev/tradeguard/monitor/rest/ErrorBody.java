package dev.tradeguard.monitor.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of every 4xx answer: what is wrong, naming each field. */
@RegisterForReflection
public record ErrorBody(int status, String message, List<Violation> violations) {
}

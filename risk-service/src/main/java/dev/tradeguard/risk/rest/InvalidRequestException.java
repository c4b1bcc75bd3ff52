package dev.tradeguard.risk.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;

/** A request body with violations; answered with 400 naming each field. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(dev.tradeguard.model.validation.Violations.describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

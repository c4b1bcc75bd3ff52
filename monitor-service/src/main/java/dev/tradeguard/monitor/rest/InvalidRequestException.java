package dev.tradeguard.monitor.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/** Request parameters with violations; answered with 400 naming each field. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(Violations.describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

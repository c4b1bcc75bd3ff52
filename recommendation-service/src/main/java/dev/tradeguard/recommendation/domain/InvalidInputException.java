package dev.tradeguard.recommendation.domain;

import java.util.List;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/** Input that cannot be accepted, with every reason, each named by its field. Answered with 400. */
public class InvalidInputException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(Violations.describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}

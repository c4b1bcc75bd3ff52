package dev.tradeguard.alert.rest;

import java.util.List;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/** A refused request, answered with its status and a body naming each bad field. */
public class RequestException extends RuntimeException {
    private final int status;
    private final transient List<Violation> violations;

    public RequestException(int status, String message, List<Violation> violations) {
        super(message, null, false, false);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static RequestException invalid(List<Violation> violations) {
        return new RequestException(400, "invalid request: " + Violations.describe(violations), violations);
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}

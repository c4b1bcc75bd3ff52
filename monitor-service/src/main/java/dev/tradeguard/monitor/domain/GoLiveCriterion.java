package dev.tradeguard.monitor.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One line of the go-live checklist.
 *
 * @param value what was measured, or null when it cannot be measured here
 * @param detail why it passed, failed or is unknown
 */
@RegisterForReflection
public record GoLiveCriterion(String name, String value, String threshold, Status status, String detail) {

    public enum Status {
        PASS, FAIL, UNKNOWN
    }
}

package dev.tradeguard.alert.service;

import java.time.Duration;

/** Exponential backoff: the wait after the n-th failed attempt is initial × 2^(n-1), at most {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Duration afterAttempt(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }
}

package dev.tradeguard.recommendation.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try an outside API again: exponential backoff from {@code initial}, capped at {@code max}, but never sooner
 * than the server's {@code retry-after}. A server asking for a longer pause than {@code maxRetryAfter} is not waited
 * for: the run fails and says so rather than stalling the morning.
 */
public record Backoff(int maxAttempts, Duration initial, Duration max, Duration maxRetryAfter) {

    /**
     * The pause before the next attempt after attempt {@code failedAttempt} (1 = the first) failed, or empty when no
     * attempt is left or the server asked for too long a pause.
     */
    public Optional<Duration> next(int failedAttempt, Duration retryAfter) {
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        Duration exponential = initial.multipliedBy(1L << Math.min(failedAttempt - 1, 20));
        if (exponential.compareTo(max) > 0) {
            exponential = max;
        }
        if (retryAfter == null) {
            return Optional.of(exponential);
        }
        if (retryAfter.compareTo(maxRetryAfter) > 0) {
            return Optional.empty();
        }
        return Optional.of(retryAfter.compareTo(exponential) > 0 ? retryAfter : exponential);
    }

    /** A {@code retry-after} header in seconds (Anthropic's form), or {@code null} when absent or unreadable. */
    public static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(header.trim());
            return seconds < 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 429 (rate limited), 408, 5xx and Anthropic's 529 (overloaded) pass; other 4xx will not change on retry. */
    public static boolean retryable(int status) {
        return status == 429 || status == 408 || status >= 500;
    }
}

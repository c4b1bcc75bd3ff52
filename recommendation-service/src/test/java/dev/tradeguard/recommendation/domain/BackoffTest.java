package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackoffTest {
    final Backoff backoff = new Backoff(4, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60));

    @Test
    void pausesDoubleFromTheInitialBackoffUpToTheMaximum() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), backoff.next(1, null));
        assertEquals(Optional.of(Duration.ofSeconds(4)), backoff.next(2, null));
        assertEquals(Optional.of(Duration.ofSeconds(5)), backoff.next(3, null));
    }

    @Test
    void noAttemptFollowsTheLastOne() {
        assertEquals(Optional.empty(), backoff.next(4, null));
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), backoff.next(1, Duration.ofSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(4)), backoff.next(2, Duration.ofSeconds(1)));
    }

    @Test
    void aRetryAfterBeyondTheLimitEndsTheRetriesRatherThanStallingTheRun() {
        assertEquals(Optional.empty(), backoff.next(1, Duration.ofSeconds(61)));
    }

    @Test
    void retryAfterIsReadInSeconds() {
        assertEquals(Duration.ofSeconds(12), Backoff.parseRetryAfter("12"));
        assertEquals(Duration.ofMillis(1500), Backoff.parseRetryAfter(" 1.5 "));
        assertNull(Backoff.parseRetryAfter(null));
        assertNull(Backoff.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertNull(Backoff.parseRetryAfter("-3"));
    }

    @Test
    void rateLimitsServerErrorsAndOverloadAreRetriedOtherClientErrorsAreNot() {
        for (int status : new int[] { 408, 429, 500, 502, 503, 504, 529 }) {
            assertTrue(Backoff.retryable(status), "status " + status);
        }
        for (int status : new int[] { 400, 401, 403, 404, 413, 422 }) {
            assertFalse(Backoff.retryable(status), "status " + status);
        }
    }
}

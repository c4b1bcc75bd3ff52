package dev.tradeguard.alert.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(2), backoff.afterAttempt(1));
        assertEquals(Duration.ofSeconds(4), backoff.afterAttempt(2));
        assertEquals(Duration.ofSeconds(8), backoff.afterAttempt(3));
        assertEquals(Duration.ofSeconds(128), backoff.afterAttempt(7));
    }

    @Test
    void theWaitNeverExceedsTheMaximumEvenAfterManyAttempts() {
        assertEquals(Duration.ofMinutes(5), backoff.afterAttempt(9));
        assertEquals(Duration.ofMinutes(5), backoff.afterAttempt(1000));
    }
}

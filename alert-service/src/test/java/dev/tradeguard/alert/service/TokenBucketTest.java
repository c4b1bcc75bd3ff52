package dev.tradeguard.alert.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void slackAtOnePerSecondGetsOneMessageAndThenWaitsASecond() {
        TokenBucket slack = new TokenBucket(1, nanos::get);
        assertTrue(slack.tryAcquire());
        assertFalse(slack.tryAcquire());
        nanos.addAndGet(999_000_000L);
        assertFalse(slack.tryAcquire(), "not before the second is over");
        nanos.addAndGet(1_000_000L);
        assertTrue(slack.tryAcquire());
    }

    @Test
    void anIdleBucketHoldsAtMostOneSecondOfTokens() {
        TokenBucket email = new TokenBucket(5, nanos::get);
        nanos.addAndGet(60_000_000_000L);
        assertEquals(5, email.available());
        for (int i = 0; i < 5; i++) {
            assertTrue(email.tryAcquire());
        }
        assertFalse(email.tryAcquire());
        nanos.addAndGet(400_000_000L);
        assertEquals(2, email.available());
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, nanos::get));
    }
}

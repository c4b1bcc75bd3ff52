package dev.tradeguard.alert.service;

import java.util.function.LongSupplier;

/**
 * A token bucket: up to {@code ratePerSecond} sends at once, refilled continuously at {@code ratePerSecond}, so a
 * channel's service (Slack: about one message a second) is never flooded.
 */
public final class TokenBucket {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final int capacity;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public TokenBucket(int ratePerSecond, LongSupplier nanoTime) {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per second, was " + ratePerSecond);
        }
        this.capacity = ratePerSecond;
        this.nanosPerToken = NANOS_PER_SECOND / ratePerSecond;
        this.nanoTime = nanoTime;
        this.tokens = ratePerSecond;
        this.refilledAt = nanoTime.getAsLong();
    }

    public TokenBucket(int ratePerSecond) {
        this(ratePerSecond, System::nanoTime);
    }

    /** Whole tokens available now, without taking any. */
    public synchronized int available() {
        refill();
        return (int) tokens;
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryAcquire() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
            refilledAt = now;
        }
    }
}

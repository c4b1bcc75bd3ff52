package dev.tradeguard.execution.broker;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps broker calls under a rate: a token bucket holding at most one minute's worth of requests, refilled
 * continuously. {@link #acquire()} blocks until a token is free and returns how long it waited.
 */
public final class RequestRateLimiter {
    /** Sleeps for a number of nanoseconds; replaced in tests. */
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final double tokensPerNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private double tokens;
    private long refilledAt;

    public RequestRateLimiter(int requestsPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be >= 1");
        }
        this.capacity = requestsPerMinute;
        this.tokensPerNano = requestsPerMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.tokens = capacity;
        this.refilledAt = nanoTime.getAsLong();
    }

    public static RequestRateLimiter perMinute(int requestsPerMinute) {
        return new RequestRateLimiter(requestsPerMinute, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** Takes one token, waiting for it if needed; returns the time waited (zero when none). */
    public Duration acquire() throws InterruptedException {
        long waited = 0;
        while (true) {
            long wait;
            synchronized (this) {
                refill();
                if (tokens >= 1) {
                    tokens -= 1;
                    return Duration.ofNanos(waited);
                }
                wait = (long) Math.ceil((1 - tokens) / tokensPerNano);
            }
            sleeper.sleep(wait);
            waited += wait;
        }
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
    }
}

package dev.tradeguard.brokersim.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Alpaca's per-key request budget: a fixed window of one wall-clock minute (rate limits follow real time, not the
 * simulated clock).
 */
public final class RateLimiter {

    public record Decision(boolean allowed, int limit, int remaining, long resetEpochSecond) {
    }

    private final Clock wall;
    private int limit;
    private final Map<String, long[]> windows = new HashMap<>();

    public RateLimiter(Clock wall, int limit) {
        this.wall = wall;
        this.limit = limit;
    }

    public synchronized Decision take(String key) {
        Instant now = wall.instant();
        long minute = now.getEpochSecond() / 60;
        long[] window = windows.computeIfAbsent(key, k -> new long[]{minute, 0});
        if (window[0] != minute) {
            window[0] = minute;
            window[1] = 0;
        }
        long reset = (minute + 1) * 60;
        if (window[1] >= limit) {
            return new Decision(false, limit, 0, reset);
        }
        window[1]++;
        return new Decision(true, limit, (int) (limit - window[1]), reset);
    }

    public synchronized void setLimit(int newLimit) {
        if (newLimit < 1) {
            throw new IllegalArgumentException("the rate limit must be >= 1 request per minute");
        }
        limit = newLimit;
        windows.clear();
    }

    public synchronized int limit() {
        return limit;
    }
}

package dev.tradeguard.recommendation.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's clock in tests: the system clock unless a test sets an instant (and resets it afterwards), so expiry
 * and market-day rules can be proven at any time of day the build happens to run.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {
    private static volatile Instant fixed;

    public static void set(Instant instant) {
        fixed = instant;
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}

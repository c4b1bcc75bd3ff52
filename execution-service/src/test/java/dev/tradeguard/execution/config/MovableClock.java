package dev.tradeguard.execution.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * execution-service's clock in tests: the system clock unless a test sets an instant (and resets it afterwards), so
 * day-counting rules such as the key age can be proven on any day without waiting for it.
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

package dev.tradeguard.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests: the system clock unless a test sets an instant (and resets it afterwards), so rules that
 * count days, such as the key age or the research day, can be proven on any day without waiting for it. Not a CDI bean
 * here (test-support is not indexed): each module that needs it enables a one-line {@code @Alternative} subclass in its
 * own tests, which is then that module's Clock in every test.
 */
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

package dev.tradeguard.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClockProducerTest {
    @Inject
    Clock clock;

    @Test
    void everyServiceReadsTheSystemTimeInUtc() {
        assertEquals(ZoneOffset.UTC, clock.getZone());
        Duration off = Duration.between(Instant.now(), clock.instant()).abs();
        assertTrue(off.compareTo(Duration.ofSeconds(5)) < 0, "the clock is " + off + " off the system time");
    }
}

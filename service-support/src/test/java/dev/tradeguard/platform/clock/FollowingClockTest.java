package dev.tradeguard.platform.clock;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FollowingClockTest {
    private static final Instant TUESDAY_OPEN = Instant.parse("2026-03-03T14:30:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final AtomicLong wallNanos = new AtomicLong(1_000_000_000L);

    private FollowingClock follower(FakeSimulatorClock simulator, int failuresBeforeDown) {
        return new FollowingClock(simulator.uri(), TIMEOUT, failuresBeforeDown, wallNanos::get);
    }

    private void wallPasses(Duration duration) {
        wallNanos.addAndGet(duration.toNanos());
    }

    @Test
    void betweenReadsTheClockRunsAtTheSimulatorsSpeed() throws Exception {
        try (FakeSimulatorClock simulator = new FakeSimulatorClock(TUESDAY_OPEN, 60, 1)) {
            FollowingClock clock = follower(simulator, 5);
            clock.poll();
            assertEquals(TUESDAY_OPEN, clock.instant());
            wallPasses(Duration.ofSeconds(10));
            assertEquals(TUESDAY_OPEN.plus(Duration.ofMinutes(10)), clock.instant(), "10 s at speed 60 is 10 min");
        }
    }

    @Test
    void aFrozenClockStandsStillUntilTheSimulatorAdvancesIt() throws Exception {
        try (FakeSimulatorClock simulator = new FakeSimulatorClock(TUESDAY_OPEN, 0, 1)) {
            FollowingClock clock = follower(simulator, 5);
            clock.poll();
            wallPasses(Duration.ofMinutes(3));
            assertEquals(TUESDAY_OPEN, clock.instant());
            Instant advanced = TUESDAY_OPEN.plus(Duration.ofHours(6));
            simulator.set(advanced, 0, 2);
            clock.poll();
            assertEquals(advanced, clock.instant(), "an advance is followed at the next read");
        }
    }

    @Test
    void withinAGenerationTheClockNeverGoesBackEvenIfItRanAheadOfTheNextReading() throws Exception {
        try (FakeSimulatorClock simulator = new FakeSimulatorClock(TUESDAY_OPEN, 1, 7)) {
            FollowingClock clock = follower(simulator, 5);
            clock.poll();
            wallPasses(Duration.ofSeconds(2));
            Instant handed = clock.instant();
            simulator.set(TUESDAY_OPEN.plusSeconds(1), 1, 7);
            clock.poll();
            assertEquals(handed, clock.instant(), "waits for the simulator instead of going back");
            wallPasses(Duration.ofSeconds(3));
            assertEquals(TUESDAY_OPEN.plusSeconds(4), clock.instant());
        }
    }

    @Test
    void aResetToAnEarlierDayIsANewGenerationAndIsFollowed() throws Exception {
        try (FakeSimulatorClock simulator = new FakeSimulatorClock(TUESDAY_OPEN, 1, 1)) {
            FollowingClock clock = follower(simulator, 5);
            clock.poll();
            Instant earlier = TUESDAY_OPEN.minus(Duration.ofDays(30));
            simulator.set(earlier, 1, 2);
            clock.poll();
            assertEquals(earlier, clock.instant());
        }
    }

    @Test
    void whenTheSimulatorStopsAnsweringTheClockGoesOnAndTurnsUnhealthyAfterTheConfiguredFailures()
            throws Exception {
        FollowingClock clock;
        try (FakeSimulatorClock simulator = new FakeSimulatorClock(TUESDAY_OPEN, 1, 1)) {
            clock = follower(simulator, 3);
            clock.poll();
        }
        clock.poll();
        clock.poll();
        assertTrue(clock.healthy(), "two failures of three allowed");
        clock.poll();
        assertFalse(clock.healthy());
        assertEquals(3, clock.failuresInARow());
        wallPasses(Duration.ofSeconds(30));
        assertEquals(TUESDAY_OPEN.plusSeconds(30), clock.instant(), "extrapolates the last reading");
    }

    @Test
    void theStartedClockPollsOnItsOwnAndFollowsAnAdvance() throws Exception {
        try (FakeSimulatorClock simulator = new FakeSimulatorClock(TUESDAY_OPEN, 0, 1);
                FollowingClock clock = FollowingClock.start(simulator.uri(), config(simulator.uri()))) {
            assertEquals(TUESDAY_OPEN, clock.instant());
            Instant advanced = TUESDAY_OPEN.plus(Duration.ofMinutes(15));
            simulator.set(advanced, 0, 2);
            await().atMost(5, TimeUnit.SECONDS).until(() -> clock.instant().equals(advanced));
        }
    }

    @Test
    void aServiceDoesNotStartWhenTheClockItFollowsDoesNotAnswerAndSaysWhichUrl() throws Exception {
        URI nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + free.getLocalPort() + "/admin/clock");
        }
        URI unreachable = nobody;
        FollowedClockUnreachableException refused = assertThrows(FollowedClockUnreachableException.class,
                () -> FollowingClock.start(unreachable, config(unreachable)));
        assertTrue(refused.getMessage().contains("tradeguard.clock.follow=" + unreachable), refused.getMessage());
    }

    private static ClockConfig config(URI follow) {
        return new ClockConfig() {
            @Override
            public Optional<URI> follow() {
                return Optional.of(follow);
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofMillis(50);
            }

            @Override
            public Duration requestTimeout() {
                return TIMEOUT;
            }

            @Override
            public int failuresBeforeDown() {
                return 5;
            }
        };
    }
}

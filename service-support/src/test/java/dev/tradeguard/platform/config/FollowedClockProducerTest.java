package dev.tradeguard.platform.config;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.platform.clock.FakeSimulatorClock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import dev.tradeguard.testing.OwnInfrastructureProfile;

@QuarkusTest
@TestProfile(FollowedClockProducerTest.FollowingTheSimulator.class)
class FollowedClockProducerTest {
    static final Instant REPLAYED_TUESDAY = Instant.parse("2026-03-03T21:16:00Z");
    static FakeSimulatorClock simulator;

    public static class FollowingTheSimulator extends OwnInfrastructureProfile {
        public FollowingTheSimulator() {
            super("platform", SimulatorClockResource.class);
        }
    }

    public static class SimulatorClockResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                simulator = new FakeSimulatorClock(REPLAYED_TUESDAY, 0, 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("tradeguard.clock.follow", simulator.uri().toString(),
                    "tradeguard.clock.poll-interval", "50ms");
        }

        @Override
        public void stop() {
            simulator.close();
        }
    }

    @Inject
    Clock clock;

    @Test
    void withFollowSetTheServicesClockIsTheSimulatorsAndFollowsItsJumps() {
        assertEquals(REPLAYED_TUESDAY, clock.instant());
        Instant nextMorning = REPLAYED_TUESDAY.plus(Duration.ofHours(12));
        simulator.set(nextMorning, 0, 2);
        await().atMost(5, TimeUnit.SECONDS).until(() -> clock.instant().equals(nextMorning));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'clock' }.status", equalTo("UP"))
                .body("checks.name", hasItem("clock"));
    }
}

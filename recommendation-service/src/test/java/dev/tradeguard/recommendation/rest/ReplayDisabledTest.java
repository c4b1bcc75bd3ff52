package dev.tradeguard.recommendation.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.recommendation.TradeFixtures;
import dev.tradeguard.recommendation.config.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** As in production (the default): no replay, so a past day's rows stay expired and a replay request is refused. */
@QuarkusTest
@TestProfile(ReplayDisabledTest.ReplayOff.class)
class ReplayDisabledTest {
    public static class ReplayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.recommendation.import.replay-enabled", "false");
        }
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void aReplayRequestIsRefusedAndAnExpiredRowStaysRefused() {
        MovableClock.set(Instant.parse("2026-06-01T12:00:00Z"));
        String text = TradeFixtures.read("TODAYS_TRADES_2026-03-10.md")
                .replace("Tuesday, March 10, 2026", "Wednesday, February 4, 2026");
        ImportResourceTest.importWith(text, "fileName", "TODAYS_TRADES_2026-02-04.md", "tradingDay", "2026-02-04")
                .statusCode(400)
                .body("violations[0].field", equalTo("tradingDay"))
                .body("violations[0].message", containsString("replay is off in this deployment"));
        ImportResourceTest.importWith(text, "fileName", "TODAYS_TRADES_2026-02-04.md", "replay", "true").statusCode(400)
                .body("violations[0].field", equalTo("replay"));
        ImportResourceTest.upload("TODAYS_TRADES_2026-02-04.md", text).statusCode(200)
                .body("replay", equalTo(false)).body("created", equalTo(0)).body("rejected", equalTo(10))
                .body("lines.findAll { it.outcome == 'REJECTED' }.detail", hasItem(containsString("has expired")));
    }
}

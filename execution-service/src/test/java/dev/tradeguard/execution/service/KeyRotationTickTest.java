package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.config.MovableClock;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.market.NyseCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The key-age check's own tick: keys issued ten days ago raise nothing at start-up; with the service's Clock moved to
 * 09:00 New York on their 80th day (a replay's simulated morning), the tick raises the 80-day warning by itself.
 */
@QuarkusTest
@TestProfile(KeyRotationTickTest.Ticking.class)
class KeyRotationTickTest {
    static final LocalDate ISSUED_ON = LocalDate.now(NyseCalendar.NEW_YORK).minusDays(10);

    public static class Ticking implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.execution.alpaca.keys-issued-on", ISSUED_ON.toString(),
                    "tradeguard.execution.key-rotation-tick", "100ms");
        }
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void theTickRaisesThe80DayWarningWhenTheClockReachesThatMorning() {
        MovableClock.set(NyseCalendar.at(ISSUED_ON.plusDays(80), LocalTime.of(9, 0)));

        List<Alert> alerts = awaitAlerts("\"keysIssuedOn\":\"" + ISSUED_ON + "\"", 1);

        assertEquals(AlertType.API_KEY_ROTATION_DUE, alerts.get(0).alertType());
        assertEquals("80", alerts.get(0).details().get("keyAgeDays"));
    }
}

package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static dev.tradeguard.execution.ExecutionFixtures.awaitPositions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.market.NyseCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Keys issued 85 days before today, as configured: start-up raises the 80-day warning, the daily job run again raises
 * nothing, and every account snapshot tells the go-live gate when the keys were issued.
 */
@QuarkusTest
@TestProfile(KeyRotationConfiguredTest.KeysIssued85DaysAgo.class)
class KeyRotationConfiguredTest {
    static final LocalDate ISSUED_ON = LocalDate.now(NyseCalendar.NEW_YORK).minusDays(85);

    public static class KeysIssued85DaysAgo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.execution.alpaca.keys-issued-on", ISSUED_ON.toString());
        }
    }

    @Inject
    KeyRotationService keyRotation;

    @Inject
    ExecutionConfig config;

    @Inject
    SnapshotService snapshots;

    @Test
    void startUpRaisesThe80DayWarningAndTheDailyJobRunAgainRaisesNothing() {
        List<Alert> alerts = awaitAlerts("\"keysIssuedOn\":\"" + ISSUED_ON + "\"", 1);
        assertEquals(AlertType.API_KEY_ROTATION_DUE, alerts.get(0).alertType());
        assertEquals(Priority.WARNING, alerts.get(0).priority());
        assertEquals("85", alerts.get(0).details().get("keyAgeDays"));

        keyRotation.dailyCheck();
        assertEquals(List.of(), keyRotation.check(config.alpaca().keysIssuedOn()));
    }

    @Test
    void everySnapshotCarriesTheKeysIssueDay() throws Exception {
        AccountSnapshot published = snapshots.publish();
        assertEquals(ISSUED_ON, published.keysIssuedOn());
        UUID eventId = published.eventId();
        AccountSnapshot read = (AccountSnapshot) awaitPositions(1, event -> event.eventId().equals(eventId)).get(0);
        assertEquals(ISSUED_ON, read.keysIssuedOn());
    }
}

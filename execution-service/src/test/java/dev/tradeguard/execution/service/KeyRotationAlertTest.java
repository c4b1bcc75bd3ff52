package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.config.MovableClock;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The guide's key rotation: one alert at 80 days and one at 90 per key pair, however often the check runs. The test
 * profile configures no issue day; each test checks its own key pair (an issue day no other test uses) on days it sets
 * on the service's clock.
 */
@QuarkusTest
class KeyRotationAlertTest {
    private static final List<AlertType> NONE = List.of();
    private static final String NOT_CONFIGURED = "keys-issued-on not configured";

    @Inject
    KeyRotationService keyRotation;

    @Inject
    ExecutionConfig config;

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    /** Mid-morning in New York on the keys' {@code age}-th day. */
    private static void onDay(LocalDate issuedOn, int age) {
        MovableClock.set(issuedOn.plusDays(age).atTime(LocalTime.of(10, 0)).atZone(NyseCalendar.NEW_YORK)
                .toInstant());
    }

    private List<AlertType> checkOnDay(LocalDate issuedOn, int age) {
        onDay(issuedOn, age);
        return keyRotation.check(Optional.of(issuedOn));
    }

    /** The key-rotation alerts about this key pair, in the order raised, up to the {@code count}-th. */
    private static List<Alert> alertsAbout(LocalDate issuedOn, int count) {
        return awaitAlerts("\"keysIssuedOn\":\"" + issuedOn + "\"", count);
    }

    @Test
    void nothingIsRaisedBefore80Days() {
        LocalDate issuedOn = LocalDate.parse("2031-01-06");
        assertEquals(NONE, checkOnDay(issuedOn, 0));
        assertEquals(NONE, checkOnDay(issuedOn, 79));
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE), checkOnDay(issuedOn, 80));
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE), alertsAbout(issuedOn, 1).stream().map(Alert::alertType)
                .toList(), "the first alert about these keys is the one of day 80");
    }

    @Test
    void the80DayWarningIsRaisedOnceAndThe90DayAlertOnceAfterIt() {
        LocalDate issuedOn = LocalDate.parse("2032-02-02");
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE), checkOnDay(issuedOn, 80));
        assertEquals(NONE, checkOnDay(issuedOn, 80), "a rerun on the same day raises nothing");
        assertEquals(NONE, checkOnDay(issuedOn, 85));
        assertEquals(NONE, checkOnDay(issuedOn, 89));
        assertEquals(List.of(AlertType.API_KEY_ROTATION_OVERDUE), checkOnDay(issuedOn, 90));
        assertEquals(NONE, checkOnDay(issuedOn, 90), "a rerun on the same day raises nothing");
        assertEquals(NONE, checkOnDay(issuedOn, 200));

        // The outbox relays in order: a second 80-day alert would have come before the 90-day one.
        List<Alert> alerts = alertsAbout(issuedOn, 2);
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE, AlertType.API_KEY_ROTATION_OVERDUE),
                alerts.stream().map(Alert::alertType).toList());
        assertEquals(Priority.WARNING, alerts.get(0).priority());
        assertEquals("Alpaca API keys are 80 days old: rotate them", alerts.get(0).subject());
        assertEquals("80", alerts.get(0).details().get("keyAgeDays"));
        assertEquals(Priority.HIGH, alerts.get(1).priority());
        assertEquals("Alpaca API keys are 90 days old: rotation overdue", alerts.get(1).subject());
        assertEquals(config.accountId(), alerts.get(1).accountId());
    }

    @Test
    void keysFirstCheckedWhenOverdueRaiseOnlyTheOverdueAlert() {
        LocalDate issuedOn = LocalDate.parse("2033-03-03");
        assertEquals(List.of(AlertType.API_KEY_ROTATION_OVERDUE), checkOnDay(issuedOn, 95));
        assertEquals(NONE, checkOnDay(issuedOn, 96));
        assertEquals(List.of(AlertType.API_KEY_ROTATION_OVERDUE), alertsAbout(issuedOn, 1).stream()
                .map(Alert::alertType).toList());
    }

    @Test
    void newKeysStartTheirOwnCount() {
        LocalDate oldKeys = LocalDate.parse("2034-04-04");
        LocalDate newKeys = oldKeys.plusDays(85);
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE), checkOnDay(oldKeys, 80));
        assertEquals(NONE, checkOnDay(newKeys, 79));
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE), checkOnDay(newKeys, 80));
    }

    @Test
    void keysWithoutAnIssueDayRaiseOneWarningThatNoRerunRepeats() {
        // Start-up already checked the test profile's keys, which have no issue day.
        assertEquals(NONE, keyRotation.check(Optional.empty()));
        assertEquals(NONE, keyRotation.check(Optional.empty()));

        // A later alert of known order: any repeat of the warning would have been relayed before it.
        LocalDate sentinel = LocalDate.parse("2035-01-02");
        assertEquals(List.of(AlertType.API_KEY_ROTATION_DUE), checkOnDay(sentinel, 80));
        String sentinelMarker = "\"keysIssuedOn\":\"" + sentinel + "\"";
        List<Alert> alerts = TestKafka.await(Topics.ALERTS, 2, record -> record.value().contains(NOT_CONFIGURED)
                || record.value().contains(sentinelMarker), Duration.ofSeconds(45)).stream()
                .map(record -> EventJson.decode(record.value().getBytes(), Alert.class).event()).toList();
        Alert unknown = alerts.get(0);
        assertEquals(sentinel.toString(), alerts.get(1).details().get("keysIssuedOn"),
                "the warning came once before the later alert");
        assertEquals(AlertType.API_KEY_ROTATION_DUE, unknown.alertType());
        assertEquals(Priority.WARNING, unknown.priority());
        assertEquals("not-configured", unknown.details().get("keysIssuedOn"));
    }

    private static java.time.Instant newYork(String day, int hour, int minute) {
        return NyseCalendar.at(LocalDate.parse(day), LocalTime.of(hour, minute));
    }

    @Test
    void theDailyCheckRunsOnceADayOnTheClockAt0900NewYorkWeekendsIncludedAndOnceAfterAJump() {
        assertFalse(keyRotation.checkIfDue(newYork("2037-05-06", 8, 59)), "before 09:00");
        assertTrue(keyRotation.checkIfDue(newYork("2037-05-06", 9, 0)));
        assertFalse(keyRotation.checkIfDue(newYork("2037-05-06", 17, 0)), "once a day");
        assertTrue(keyRotation.checkIfDue(newYork("2037-05-09", 9, 30)), "a Saturday, after a jump of three days");
        assertFalse(keyRotation.checkIfDue(newYork("2037-05-09", 23, 0)), "the jump makes up nothing");
        assertTrue(keyRotation.checkIfDue(newYork("2037-05-10", 9, 0)));
    }

    @Test
    void keysIssuedAfterTheSimulatedDayAreNewAndRaiseNothing() {
        LocalDate issuedOn = LocalDate.parse("2038-06-01");
        assertEquals(NONE, checkOnDay(issuedOn, -200), "a replay of a period before the keys were issued");
        assertEquals(NONE, checkOnDay(issuedOn, -1));
    }

    @Test
    void startUpRefusesAnIssueDayAfterTheRealTodayNotOneAfterTheSimulatedDay() {
        LocalDate wallToday = LocalDate.now(NyseCalendar.NEW_YORK);
        MovableClock.set(newYork("2025-11-20", 10, 0));
        keyRotation.verifyIssueDay(Optional.of(wallToday));
        keyRotation.verifyIssueDay(Optional.of(LocalDate.parse("2025-12-01")));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keyRotation.verifyIssueDay(Optional.of(wallToday.plusDays(2))));
        assertTrue(refused.getMessage().contains("is " + wallToday.plusDays(2) + ", after today"),
                refused.getMessage());
    }
}

package dev.tradeguard.monitor.report;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.midday;
import static dev.tradeguard.monitor.MonitorFixtures.queuedAlerts;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.repository.ReportRunRepository;
import dev.tradeguard.monitor.service.SnapshotService;
import dev.tradeguard.testing.OwnInfrastructureProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The end-of-day reports of a replayed week in April 2026 (Good Friday, 3 April, is a holiday), driven by the
 * service's Clock set to the simulated time, not by the wall clock the build runs at.
 */
@QuarkusTest
@TestProfile(ReportJobsTest.ReplayedClock.class)
class ReportJobsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 4, 2);
    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2026, 4, 3);
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 4, 7);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 4, 12);

    public static class ReplayedClock extends OwnInfrastructureProfile {
        public ReplayedClock() {
            super("monitor");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.reports.tick", "100ms");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SimulatedClock.class);
        }
    }

    /** The simulated time a replay's Clock would give; starts on the Thursday before Good Friday, before the close. */
    @Alternative
    @Singleton
    public static class SimulatedClock extends Clock {
        static volatile Instant now = newYork(THURSDAY, LocalTime.of(9, 0));

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }

    @Inject
    SnapshotService snapshots;

    @Inject
    ReportJobs jobs;

    @Inject
    ReportRunRepository runs;

    @Inject
    AgroalDataSource dataSource;

    private static Instant newYork(LocalDate day, LocalTime time) {
        return NyseCalendar.at(day, time);
    }

    private static void clockAt(LocalDate day, LocalTime time) {
        SimulatedClock.now = newYork(day, time);
    }

    private List<Alert> alerts(String account, AlertType type) throws Exception {
        return queuedAlerts(dataSource, account).stream().filter(alert -> alert.alertType() == type).toList();
    }

    private List<String> dates(List<Alert> alerts) {
        return alerts.stream().map(alert -> alert.details().get("date")).toList();
    }

    private void awaitRun(String job, LocalDate day) {
        await().atMost(20, TimeUnit.SECONDS).until(() -> day.equals(committed(() -> runs.lastRuns().get(job))));
    }

    @Test
    void eachReportRunsOnceWhenTheClockPassesItsNewYorkTimeOnTheDaysItRunsOn() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        snapshots.record(snapshot(account, midday(THURSDAY), "100000", "100000", List.of()));
        snapshots.record(snapshot(account, midday(MONDAY), "100500", "100000", List.of()));
        snapshots.record(snapshot(account, midday(TUESDAY), "95000", "100500", List.of()));

        clockAt(THURSDAY, LocalTime.of(16, 16));
        awaitRun(ReportJobs.DAILY_SUMMARY, THURSDAY);
        List<Alert> thursday = alerts(account, AlertType.DAILY_SUMMARY);
        assertEquals(List.of(THURSDAY.toString()), dates(thursday));
        assertEquals(newYork(THURSDAY, LocalTime.of(16, 16)), thursday.get(0).occurredAt(),
                "the alert is stamped with the service's Clock, not the wall clock");

        clockAt(TUESDAY, LocalTime.of(16, 11));
        awaitRun(ReportJobs.RED_FLAGS, TUESDAY);
        List<Alert> redFlags = alerts(account, AlertType.RED_FLAG);
        assertEquals(List.of(TUESDAY.toString()), dates(redFlags).stream().filter(TUESDAY.toString()::equals).toList());
        assertTrue(redFlags.get(redFlags.size() - 1).message().contains("daily loss 5.47 %"),
                "Tuesday's loss is a red flag at 16:10: " + redFlags);
        assertEquals(Set.copyOf(dates(redFlags)).size(), redFlags.size(), "one red-flag alert a day at most");
        awaitRun(ReportJobs.DAILY_SUMMARY, MONDAY);
        assertEquals(List.of(THURSDAY.toString(), MONDAY.toString()), dates(alerts(account, AlertType.DAILY_SUMMARY)),
                "Monday's summary made up, none on Good Friday (" + GOOD_FRIDAY + ") or the weekend, Tuesday's not "
                        + "due before 16:15");

        clockAt(TUESDAY, LocalTime.of(16, 16));
        awaitRun(ReportJobs.DAILY_SUMMARY, TUESDAY);
        jobs.runDue(newYork(TUESDAY, LocalTime.of(16, 30)));
        jobs.runDue(newYork(TUESDAY, LocalTime.of(23, 59)));
        assertEquals(List.of(THURSDAY.toString(), MONDAY.toString(), TUESDAY.toString()),
                dates(alerts(account, AlertType.DAILY_SUMMARY)), "exactly one summary per trading day");

        // The clock jumped from Thursday to Tuesday: the Sunday in between (5 April, April's first) had its reviews.
        awaitRun(ReportJobs.REVIEWS, LocalDate.of(2026, 4, 5));
        assertEquals(List.of("Weekly review " + account + " week 2026-03-30 to 2026-04-05"),
                subjects(alerts(account, AlertType.WEEKLY_REPORT)), "the skipped Sunday's review made up");
        assertEquals(List.of("Monthly review " + account + " month 2026-03"), subjects(alerts(account,
                AlertType.MONTHLY_REPORT)), "5 April is April's first Sunday: March's review");

        clockAt(SUNDAY, LocalTime.of(17, 59));
        awaitRun(ReportJobs.DAILY_SUMMARY, LocalDate.of(2026, 4, 10));
        assertEquals(1, alerts(account, AlertType.WEEKLY_REPORT).size(), "not before Sunday 18:00");
        clockAt(SUNDAY, LocalTime.of(18, 0));
        awaitRun(ReportJobs.REVIEWS, SUNDAY);
        assertEquals(List.of("Weekly review " + account + " week 2026-03-30 to 2026-04-05",
                "Weekly review " + account + " week 2026-04-06 to 2026-04-12"),
                subjects(alerts(account, AlertType.WEEKLY_REPORT)));
        assertEquals(1, alerts(account, AlertType.MONTHLY_REPORT).size(), "12 April is not a month's first Sunday");
    }

    private static List<String> subjects(List<Alert> alerts) {
        return alerts.stream().map(Alert::subject).toList();
    }
}

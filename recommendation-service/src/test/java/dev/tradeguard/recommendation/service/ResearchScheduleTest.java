package dev.tradeguard.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Vetoed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.platform.clock.DailySchedule;

/**
 * The default schedule (08:30 New York on trading days, read off the Clock) and the calendar check that keeps it off
 * NYSE holidays and the configured extra closures.
 */
class ResearchScheduleTest {
    /** Disabled, and remembers being asked: only a trading day gets as far as asking. Not a bean of the tests. */
    @Vetoed
    static final class AskedAvailability extends ResearchAvailability {
        boolean asked;

        @Override
        public boolean enabled() {
            asked = true;
            return false;
        }

        @Override
        public Optional<String> disabledReason() {
            return Optional.of("off in this test");
        }
    }

    @ParameterizedTest(name = "{0}: trading day {1}")
    @CsvSource({ "2026-01-01, false", "2026-01-19, false", "2026-02-16, false", "2026-04-03, false",
            "2026-05-25, false", "2026-06-19, false", "2026-07-03, false", "2026-09-07, false", "2026-11-26, false",
            "2026-12-25, false", "2026-03-14, false", "2031-03-12, false", "2026-03-11, true", "2031-03-13, true",
            "2026-11-27, true", "2026-12-24, true" })
    void theScheduledRunGoesAheadOnlyOnTradingDaysOfTheConfiguredCalendar(LocalDate day, boolean trades) {
        ResearchScheduler scheduler = new ResearchScheduler();
        AskedAvailability availability = new AskedAvailability();
        scheduler.availability = availability;
        scheduler.calendar = dev.tradeguard.recommendation.config.MarketSetupTest.CALENDAR;
        // 08:30 New York, when the default cron fires
        Instant at = ZonedDateTime.of(day.atTime(8, 30), NyseCalendar.NEW_YORK).toInstant();
        scheduler.clock = Clock.fixed(at, ZoneOffset.UTC);

        assertEquals(List.of(), scheduler.runToday());
        assertEquals(trades, availability.asked, day + (trades ? " trades" : " is closed"));
    }

    static Instant newYork(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), NyseCalendar.NEW_YORK).toInstant();
    }

    final DailySchedule schedule = DailySchedule.tradingDays(
            ResearchScheduler.dueAt(ResearchScheduler.DEFAULT_AT, Optional.empty()).orElseThrow(),
            dev.tradeguard.recommendation.config.MarketSetupTest.CALENDAR);

    @Test
    void theDefaultIsDueAt0830NewYorkOnATradingDayAndNotBefore() {
        assertEquals(Optional.empty(), schedule.dueToday(newYork("2026-03-11T08:29"), Optional.empty()));
        assertEquals(Optional.of(LocalDate.parse("2026-03-11")),
                schedule.dueToday(newYork("2026-03-11T08:30"), Optional.empty()));
        assertEquals(Optional.empty(), schedule.dueToday(newYork("2026-03-11T15:00"),
                Optional.of(LocalDate.parse("2026-03-11"))), "once a day");
    }

    @Test
    void theDefaultSkipsTheWeekend() {
        assertEquals(Optional.empty(), schedule.dueToday(newYork("2026-03-14T09:00"), Optional.empty()));
        assertEquals(Optional.empty(), schedule.dueToday(newYork("2026-03-15T09:00"), Optional.empty()));
    }

    @Test
    void theDefaultStaysAt0830NewYorkAcrossTheDaylightSavingChange() {
        // 2026-03-08: clocks go forward in New York; 08:30 local is 12:30 UTC after, 13:30 UTC before.
        assertEquals(Optional.empty(), schedule.dueToday(Instant.parse("2026-03-09T12:29:00Z"), Optional.empty()));
        assertEquals(Optional.of(LocalDate.parse("2026-03-09")),
                schedule.dueToday(Instant.parse("2026-03-09T12:30:00Z"), Optional.empty()));
        assertEquals(Optional.empty(), schedule.dueToday(Instant.parse("2026-03-06T13:29:00Z"), Optional.empty()));
        assertEquals(Optional.of(LocalDate.parse("2026-03-06")),
                schedule.dueToday(Instant.parse("2026-03-06T13:30:00Z"), Optional.empty()));
    }

    @Test
    void offDisablesTheScheduleAndTheFormerCronKeyStillSwitchesItOff() {
        assertEquals(Optional.empty(), ResearchScheduler.dueAt("off", Optional.empty()));
        assertEquals(Optional.empty(), ResearchScheduler.dueAt("08:30", Optional.of("off")),
                "tradeguard.research.cron=off, as older setups and the local pipeline set it");
        assertEquals(Optional.of(java.time.LocalTime.of(7, 45)), ResearchScheduler.dueAt(" 07:45 ", Optional.empty()));
    }

    @Test
    void aTimeThatIsNoTimeOfDayOrAFormerCronStopsStartUpNamingTheKey() {
        IllegalStateException badTime = assertThrows(IllegalStateException.class,
                () -> ResearchScheduler.dueAt("half past eight", Optional.empty()));
        assertTrue(badTime.getMessage().contains("tradeguard.research.at is 'half past eight'"), badTime.getMessage());
        IllegalStateException cron = assertThrows(IllegalStateException.class,
                () -> ResearchScheduler.dueAt("08:30", Optional.of("0 30 8 ? * MON-FRI")));
        assertTrue(cron.getMessage().contains("tradeguard.research.at"), cron.getMessage());
        assertTrue(cron.getMessage().contains("0 30 8 ? * MON-FRI"), cron.getMessage());
    }
}

package dev.tradeguard.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import dev.tradeguard.model.market.NyseCalendar;

/**
 * The default schedule, read the way Quarkus reads it (Quartz cron, in America/New_York), and the calendar check that
 * keeps it off the days the cron cannot know: NYSE holidays and the configured extra closures.
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

    final ExecutionTime schedule = ExecutionTime.forCron(
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ))
                    .parse(ResearchScheduler.DEFAULT_CRON));

    static ZonedDateTime newYork(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), NyseCalendar.NEW_YORK);
    }

    @Test
    void theDefaultRunsAt0830NewYorkOnWeekdays() {
        assertEquals(newYork("2026-03-11T08:30"), schedule.nextExecution(newYork("2026-03-10T09:00")).orElseThrow());
    }

    @Test
    void theDefaultSkipsTheWeekend() {
        assertEquals(newYork("2026-03-16T08:30"), schedule.nextExecution(newYork("2026-03-13T09:00")).orElseThrow());
    }

    @Test
    void theDefaultStaysAt0830NewYorkAcrossTheDaylightSavingChange() {
        // 2026-03-08: clocks go forward in New York; 08:30 local is 12:30 UTC after, 13:30 UTC before.
        assertEquals(newYork("2026-03-09T08:30"), schedule.nextExecution(newYork("2026-03-06T09:00")).orElseThrow());
        assertEquals("2026-03-09T12:30Z", schedule.nextExecution(newYork("2026-03-06T09:00")).orElseThrow()
                .withZoneSameInstant(java.time.ZoneOffset.UTC).toString());
    }
}

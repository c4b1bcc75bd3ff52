package dev.tradeguard.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import dev.tradeguard.recommendation.domain.MarketCalendar;

/** The default schedule, read the way Quarkus reads it (Quartz cron, in America/New_York). */
class ResearchScheduleTest {
    final ExecutionTime schedule = ExecutionTime.forCron(
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ))
                    .parse(ResearchScheduler.DEFAULT_CRON));

    static ZonedDateTime newYork(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), MarketCalendar.NEW_YORK);
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

package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarketCalendarTest {
    private final MarketCalendar calendar = new MarketCalendar(Set.of(LocalDate.parse("2025-01-09")));

    /** The NYSE's published full-day closures for 2025 and 2026, plus the configured extra closure. */
    @ParameterizedTest
    @ValueSource(strings = { "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
            "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25", "2026-01-01", "2026-01-19",
            "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-11-26",
            "2026-12-25", "2027-06-18", "2027-12-24" })
    void exchangeHolidaysAreNotTradingDays(String day) {
        assertFalse(calendar.isTradingDay(LocalDate.parse(day)), day);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-10-15", "2025-12-11", "2026-02-17", "2025-12-24", "2025-11-28", "2027-12-31",
            "2022-12-30" })
    void ordinaryWeekdaysAreTradingDaysEvenWhenNewYearFallsOnTheSaturdayAfter(String day) {
        assertTrue(calendar.isTradingDay(LocalDate.parse(day)), day);
    }

    @Test
    void weekendsAreNotTradingDays() {
        assertFalse(calendar.isTradingDay(LocalDate.parse("2026-02-14")));
        assertFalse(calendar.isTradingDay(LocalDate.parse("2026-02-15")));
    }

    @Test
    void beforeTheCloseTheSessionIsTodaysAndAfterItTheNextTradingDays() {
        // 08:30 New York on Tuesday 2026-02-17 (EST, UTC-5): valid until that day's 16:00.
        assertEquals(Instant.parse("2026-02-17T21:00:00Z"),
                calendar.closeOfSessionAfter(Instant.parse("2026-02-17T13:30:00Z")));
        // 17:19 New York on Friday 2026-02-13: the next session is Tuesday, Monday being Washington's Birthday.
        assertEquals(Instant.parse("2026-02-17T21:00:00Z"),
                calendar.closeOfSessionAfter(Instant.parse("2026-02-13T22:19:00Z")));
        // Summer time (EDT, UTC-4).
        assertEquals(Instant.parse("2025-10-16T20:00:00Z"),
                calendar.closeOfSessionAfter(Instant.parse("2025-10-15T21:19:00Z")));
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertEquals(LocalDate.parse("2025-04-20"), MarketCalendar.easterSunday(2025));
        assertEquals(LocalDate.parse("2026-04-05"), MarketCalendar.easterSunday(2026));
        assertEquals(LocalDate.parse("2038-04-25"), MarketCalendar.easterSunday(2038));
    }
}

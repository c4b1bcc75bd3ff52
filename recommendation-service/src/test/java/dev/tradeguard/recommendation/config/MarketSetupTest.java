package dev.tradeguard.recommendation.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tradeguard.model.market.NyseCalendar;

/**
 * The calendar this service decides with: NYSE's (its holiday table is proven in shared-model's NyseCalendarTest)
 * plus the configured extra closures, and what it means here: an idea expires at the close of the session it is
 * made for, the first to close after it is made.
 */
public class MarketSetupTest {
    /** The closure %test configures (tradeguard.recommendation.market.extra-closed-days). */
    public static final LocalDate EXTRA_CLOSURE = LocalDate.parse("2031-03-12");
    public static final NyseCalendar CALENDAR = MarketSetup.calendar(List.of(EXTRA_CLOSURE));

    private final NyseCalendar calendar = CALENDAR;

    @Test
    void aConfiguredExtraClosureIsNoTradingDayWhileTheDaysAroundItTrade() {
        assertFalse(calendar.isTradingDay(EXTRA_CLOSURE));
        assertTrue(calendar.isTradingDay(EXTRA_CLOSURE.minusDays(1)));
        assertTrue(calendar.isTradingDay(EXTRA_CLOSURE.plusDays(1)));
        assertTrue(MarketSetup.calendar(List.of()).isTradingDay(EXTRA_CLOSURE), "not configured, it trades");
    }

    @ParameterizedTest(name = "made {0}, expires {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-17T13:30:00Z | 2026-02-17T21:00:00Z | 08:30 New York (EST): that day's 16:00 close
            2025-10-15T21:19:00Z | 2025-10-16T20:00:00Z | after the close in daylight time (EDT): the next day's
            2026-02-17T21:00:00Z | 2026-02-18T21:00:00Z | at the close itself: the next session's
            2026-02-13T22:19:00Z | 2026-02-17T21:00:00Z | Friday evening before Washington's Birthday: Tuesday's
            2031-03-11T21:30:00Z | 2031-03-13T20:00:00Z | the evening before the configured closure: the day after it
            2026-11-27T14:00:00Z | 2026-11-27T18:00:00Z | the day after Thanksgiving closes early, at 13:00
            2026-12-24T19:00:00Z | 2026-12-28T21:00:00Z | after Christmas Eve's early close: past Christmas and the weekend
            2025-12-31T22:00:00Z | 2026-01-02T21:00:00Z | New Year's Eve evening: past New Year's Day
            2026-01-16T22:00:00Z | 2026-01-20T21:00:00Z | Friday evening before Martin Luther King Jr. Day
            2026-04-02T21:00:00Z | 2026-04-06T20:00:00Z | Thursday evening before Good Friday: Monday's
            2026-05-22T21:00:00Z | 2026-05-26T20:00:00Z | Friday evening before Memorial Day
            2026-06-18T21:00:00Z | 2026-06-22T20:00:00Z | Thursday evening before Juneteenth: Monday's
            2026-09-04T21:00:00Z | 2026-09-08T20:00:00Z | Friday evening before Labor Day
            2026-11-25T22:00:00Z | 2026-11-27T18:00:00Z | the eve of Thanksgiving: the early close the day after
            """)
    void anIdeaExpiresAtTheCloseOfTheFirstSessionToCloseAfterItIsMade(String made, String expires, String why) {
        Instant validUntil = calendar.closeOfSessionAfter(Instant.parse(made));
        assertEquals(Instant.parse(expires), validUntil, why);
        assertTrue(calendar.isTradingDay(NyseCalendar.marketDate(validUntil)), "the market day is a trading day");
    }
}

package dev.tradeguard.model.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar against the exchange's own publication: NYSE Group's holiday and early-closing announcements for
 * 2024 through 2028 (the 2028 one published December 2025) are the table below, verbatim as dates; later years are
 * checked against the rules, and the session arithmetic around weekends, holidays, early closes and DST changes.
 */
class NyseCalendarTest {
    private static final NyseCalendar NYSE = NyseCalendar.standard();

    /** Full-day closures as NYSE published them (observed dates), the Carter day of mourning included. */
    private static final Map<Integer, List<String>> PUBLISHED_CLOSURES = Map.of(
            2024, List.of("2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19",
                    "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"),
            2025, List.of("2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
                    "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"),
            2026, List.of("2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19",
                    "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25"),
            2027, List.of("2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18",
                    "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24"),
            // New Year's Day 2028 is a Saturday: NYSE observes no New Year's holiday that year.
            2028, List.of("2028-01-17", "2028-02-21", "2028-04-14", "2028-05-29", "2028-06-19", "2028-07-04",
                    "2028-09-04", "2028-11-23", "2028-12-25"));

    /** 13:00 closes as NYSE published them; none before a weekend-observed July 4 or Christmas. */
    private static final Map<Integer, List<String>> PUBLISHED_EARLY_CLOSES = Map.of(
            2024, List.of("2024-07-03", "2024-11-29", "2024-12-24"),
            2025, List.of("2025-07-03", "2025-11-28", "2025-12-24"),
            2026, List.of("2026-11-27", "2026-12-24"),
            2027, List.of("2027-11-26"),
            2028, List.of("2028-07-03", "2028-11-24"));

    /** Easter Sunday from the published Gregorian tables. */
    private static final Map<Integer, String> EASTER = Map.of(
            2029, "2029-04-01", 2030, "2030-04-21", 2031, "2031-04-13", 2032, "2032-03-28",
            2033, "2033-04-17", 2034, "2034-04-09", 2035, "2035-03-25");

    static Stream<Integer> publishedYears() {
        return Stream.of(2024, 2025, 2026, 2027, 2028);
    }

    static Stream<Integer> ruleYears() {
        return Stream.of(2029, 2030, 2031, 2032, 2033, 2034, 2035);
    }

    @ParameterizedTest
    @MethodSource("publishedYears")
    void fullDayClosuresAreExactlyTheOnesNysePublished(int year) {
        assertEquals(dates(PUBLISHED_CLOSURES.get(year)), NYSE.holidays(year));
        for (LocalDate day : daysOf(year)) {
            boolean published = PUBLISHED_CLOSURES.get(year).contains(day.toString());
            assertEquals(!published && !isWeekend(day), NYSE.isTradingDay(day), day.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("publishedYears")
    void earlyClosesAreExactlyTheOnesNysePublished(int year) {
        Set<LocalDate> early = daysOf(year).stream().filter(NYSE::isEarlyClose)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(dates(PUBLISHED_EARLY_CLOSES.get(year)), early);
        for (LocalDate day : early) {
            assertEquals(NyseCalendar.at(day, LocalTime.of(13, 0)), NYSE.close(day));
        }
    }

    @ParameterizedTest
    @MethodSource("ruleYears")
    void laterYearsHaveTenHolidaysOrNineWhenNewYearsDayIsASaturday(int year) {
        boolean newYearOnSaturday = LocalDate.of(year, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY;
        assertEquals(newYearOnSaturday ? 9 : 10, NYSE.holidays(year).size(), NYSE.holidays(year).toString());
    }

    @ParameterizedTest
    @MethodSource("ruleYears")
    void noHolidayIsObservedOnAWeekend(int year) {
        for (LocalDate day : NYSE.holidays(year)) {
            assertFalse(isWeekend(day), day.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("ruleYears")
    void goodFridayIsTwoDaysBeforeEasterSunday(int year) {
        LocalDate goodFriday = LocalDate.parse(EASTER.get(year)).minusDays(2);
        assertEquals(Optional.of("Good Friday"), NYSE.holiday(goodFriday));
        assertEquals(DayOfWeek.FRIDAY, goodFriday.getDayOfWeek());
    }

    @ParameterizedTest
    @MethodSource("ruleYears")
    void laterYearsCloseEarlyTheDayAfterThanksgiving(int year) {
        LocalDate thanksgiving = LocalDate.of(year, Month.NOVEMBER, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        assertEquals(Optional.of("Thanksgiving Day"), NYSE.holiday(thanksgiving));
        assertTrue(NYSE.isEarlyClose(thanksgiving.plusDays(1)));
    }

    @Test
    void aSaturdayHolidayClosesTheFridayBeforeAndASundayOneTheMondayAfter() {
        assertEquals(Optional.of("Independence Day"), NYSE.holiday(LocalDate.of(2026, 7, 3)));
        assertEquals(Optional.of("Independence Day"), NYSE.holiday(LocalDate.of(2027, 7, 5)));
        assertEquals(Optional.of("Christmas Day"), NYSE.holiday(LocalDate.of(2022, 12, 26)));
        assertEquals(Optional.of("New Year's Day"), NYSE.holiday(LocalDate.of(2023, 1, 2)));
    }

    @Test
    void newYearsDayOnASaturdayClosesNoFriday() {
        assertTrue(NYSE.isTradingDay(LocalDate.of(2021, 12, 31)));
        assertTrue(NYSE.isTradingDay(LocalDate.of(2010, 12, 31)));
        assertTrue(NYSE.isTradingDay(LocalDate.of(2032, 12, 31)));
    }

    @Test
    void juneteenthClosesTheExchangeFrom2022Only() {
        assertTrue(NYSE.isTradingDay(LocalDate.of(2021, 6, 18)));
        assertEquals(Optional.of("Juneteenth National Independence Day"), NYSE.holiday(LocalDate.of(2022, 6, 20)));
    }

    @Test
    void theUnscheduledClosuresSince2000AreClosed() {
        for (String day : List.of("2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2004-06-11",
                "2007-01-02", "2012-10-29", "2012-10-30", "2018-12-05", "2025-01-09")) {
            assertFalse(NYSE.isTradingDay(LocalDate.parse(day)), day);
            assertTrue(NYSE.holiday(LocalDate.parse(day)).isPresent(), day);
        }
        assertEquals(Optional.of("National Day of Mourning for President Carter"),
                NYSE.holiday(LocalDate.of(2025, 1, 9)));
    }

    /** The half days around Independence Day and Christmas that the yearly rule does not make obvious. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2002-07-05 | early | before 2013 a Thursday Independence Day made the Friday after the half day
            2002-07-03 | full  | before 2013 a Thursday Independence Day left the Wednesday before a full day
            2013-07-03 | early | from 2013 the day before a Thursday Independence Day is the half day
            2013-07-05 | full  | from 2013 the Friday after a Thursday Independence Day is a full day
            2003-12-26 | early | the one-off Friday after Christmas 2003
            2026-07-02 | full  | a Saturday Independence Day closes no day early
            2027-07-02 | full  | a Sunday Independence Day closes no day early
            2027-12-23 | full  | a Saturday Christmas closes no day early
            2022-12-23 | full  | a Sunday Christmas closes no day early
            """)
    void theHalfDaysAroundIndependenceDayAndChristmasFollowTheirYearsRule(LocalDate day, String session,
            String rule) {
        assertEquals(session.equals("early"), NYSE.isEarlyClose(day), rule);
    }

    @Test
    void theRegularSessionRunsFromTheOpenInclusiveToTheCloseExclusive() {
        assertSessions(LocalDate.of(2026, 1, 5), "09:29 extended", "09:30 open", "15:59 open", "16:00 extended");
        assertSessions(LocalDate.of(2026, 1, 3), "12:00 closed");  // a Saturday
        assertSessions(LocalDate.of(2026, 1, 19), "12:00 closed"); // MLK Day
    }

    @Test
    void anEarlyCloseDayStopsTheSessionAtOneAndLateTradingAtFive() {
        LocalDate dayAfterThanksgiving = LocalDate.of(2026, 11, 27);
        assertSessions(dayAfterThanksgiving, "12:59 open", "13:00 extended", "16:59 extended", "17:00 closed");
        assertEquals(ny(dayAfterThanksgiving, 13, 0), NYSE.nextClose(ny(dayAfterThanksgiving, 10, 0)));
        assertEquals(ny(dayAfterThanksgiving, 17, 0), NYSE.afterHoursClose(dayAfterThanksgiving));
    }

    @Test
    void extendedHoursAreFourToTheOpenAndTheCloseToEightOnTradingDaysOnly() {
        assertSessions(LocalDate.of(2026, 1, 5), "03:59 closed", "04:00 extended", "09:30 open", "16:00 extended",
                "19:59 extended", "20:00 closed");
        assertSessions(LocalDate.of(2026, 1, 3), "10:00 closed"); // a Saturday
    }

    @Test
    void nextOpenAfterAFridayCloseIsMondaysOpenAndIsStrictlyAfterTheInstant() {
        LocalDate friday = LocalDate.of(2026, 1, 9);
        assertEquals(ny(LocalDate.of(2026, 1, 12), 9, 30), NYSE.nextOpen(ny(friday, 16, 0)));
        assertEquals(ny(LocalDate.of(2026, 1, 12), 9, 30), NYSE.nextOpen(ny(friday, 9, 30)));
        assertEquals(ny(friday, 9, 30), NYSE.nextOpen(ny(friday, 9, 29)));
    }

    @Test
    void nextOpenAndCloseSkipAHoliday() {
        LocalDate beforeGoodFriday = LocalDate.of(2026, 4, 2);
        LocalDate monday = LocalDate.of(2026, 4, 6);
        assertEquals(ny(monday, 9, 30), NYSE.nextOpen(ny(beforeGoodFriday, 16, 0)));
        assertEquals(ny(monday, 16, 0), NYSE.nextClose(ny(beforeGoodFriday, 16, 0)));
        assertEquals(ny(monday, 16, 0), NYSE.closeOfSessionAfter(ny(LocalDate.of(2026, 4, 3), 11, 0)));
    }

    @Test
    void theSessionOpenAcrossASpringForwardWeekendIsInDaylightTime() {
        // 2026-03-08 is the US change to EDT: Friday's close is 21:00 UTC, Monday's open 13:30 UTC.
        assertEquals(Instant.parse("2026-03-06T21:00:00Z"), NYSE.close(LocalDate.of(2026, 3, 6)));
        assertEquals(Instant.parse("2026-03-09T13:30:00Z"), NYSE.nextOpen(Instant.parse("2026-03-06T21:00:00Z")));
    }

    @Test
    void theSessionOpenAcrossAFallBackWeekendIsInStandardTime() {
        // 2026-11-01 is the US change back to EST: Friday's open is 13:30 UTC, Monday's 14:30 UTC.
        assertEquals(Instant.parse("2026-10-30T13:30:00Z"), NYSE.open(LocalDate.of(2026, 10, 30)));
        assertEquals(Instant.parse("2026-11-02T14:30:00Z"), NYSE.nextOpen(Instant.parse("2026-10-30T20:00:00Z")));
        assertEquals(Instant.parse("2026-11-02T21:00:00Z"), NYSE.nextClose(Instant.parse("2026-10-30T20:00:00Z")));
    }

    @Test
    void theCloseOfTheSessionAfterIsTodaysWhileOpenAndTheNextOnesFromTheClose() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertEquals(ny(wednesday, 16, 0), NYSE.closeOfSessionAfter(ny(wednesday, 8, 0)));
        assertEquals(ny(wednesday, 16, 0), NYSE.closeOfSessionAfter(ny(wednesday, 12, 0)));
        // Thursday is Thanksgiving, Friday closes at 13:00.
        assertEquals(ny(LocalDate.of(2026, 11, 27), 13, 0), NYSE.closeOfSessionAfter(ny(wednesday, 16, 0)));
    }

    @Test
    void openAndCloseOfANonTradingDayAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NYSE.open(LocalDate.of(2026, 12, 25)));
        assertThrows(IllegalArgumentException.class, () -> NYSE.close(LocalDate.of(2026, 12, 26)));
    }

    @Test
    void yearsOutsideTwoThousandToTwoThousandThirtyFiveAreRefusedNamingTheYear() {
        IllegalArgumentException tooLate = assertThrows(IllegalArgumentException.class,
                () -> NYSE.isTradingDay(LocalDate.of(2036, 1, 2)));
        assertTrue(tooLate.getMessage().contains("2036"), tooLate.getMessage());
        IllegalArgumentException tooEarly = assertThrows(IllegalArgumentException.class, () -> NYSE.holidays(1999));
        assertTrue(tooEarly.getMessage().contains("1999"), tooEarly.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NYSE.isTradingDay(LocalDate.of(2036, 1, 5)), "weekend");
        assertThrows(IllegalArgumentException.class,
                () -> NYSE.nextOpen(NyseCalendar.at(LocalDate.of(2035, 12, 31), LocalTime.of(17, 0))));
    }

    @Test
    void anExtraClosureClosesTheDayAndIsNamed() {
        LocalDate mourning = LocalDate.of(2026, 6, 3);
        NyseCalendar calendar = NyseCalendar.withExtraClosures(Set.of(mourning));
        assertFalse(calendar.isTradingDay(mourning));
        assertTrue(NYSE.isTradingDay(mourning), "the standard calendar is unchanged");
        assertEquals(Optional.of("Unscheduled closure"), calendar.holiday(mourning));
        assertTrue(calendar.holidays(2026).contains(mourning));
        assertEquals(ny(LocalDate.of(2026, 6, 4), 9, 30), calendar.nextOpen(ny(LocalDate.of(2026, 6, 2), 16, 0)));
    }

    @Test
    void tradingDayArithmeticSkipsWeekendsAndHolidays() {
        LocalDate tuesdayAfterMlk = LocalDate.of(2026, 1, 20);
        assertEquals(LocalDate.of(2026, 1, 16), NYSE.previousTradingDay(tuesdayAfterMlk));
        assertEquals(LocalDate.of(2026, 1, 14), NYSE.tradingDaysBefore(tuesdayAfterMlk, 3));
        assertEquals(tuesdayAfterMlk, NYSE.tradingDaysBefore(tuesdayAfterMlk, 0));
        assertEquals(tuesdayAfterMlk, NYSE.nextTradingDayOnOrAfter(LocalDate.of(2026, 1, 17)));
        assertEquals(tuesdayAfterMlk, NYSE.nextTradingDayOnOrAfter(tuesdayAfterMlk));
        assertEquals(List.of(LocalDate.of(2026, 1, 16), tuesdayAfterMlk),
                NYSE.tradingDays(LocalDate.of(2026, 1, 16), tuesdayAfterMlk));
        assertEquals(1, NYSE.tradingDaysBetween(LocalDate.of(2026, 1, 16), tuesdayAfterMlk));
        assertEquals(0, NYSE.tradingDaysBetween(tuesdayAfterMlk, LocalDate.of(2026, 1, 16)));
    }

    @Test
    void startOfTradingDaysBackCountsTodayWhenItTradesAndSkipsHolidays() {
        Instant tuesdayAfterMlk = ny(LocalDate.of(2026, 1, 20), 11, 0);
        assertEquals(NyseCalendar.startOfDay(LocalDate.of(2026, 1, 20)), NYSE.startOfTradingDaysBack(tuesdayAfterMlk, 1));
        assertEquals(NyseCalendar.startOfDay(LocalDate.of(2026, 1, 13)), NYSE.startOfTradingDaysBack(tuesdayAfterMlk, 5));
        Instant saturday = ny(LocalDate.of(2026, 1, 17), 11, 0);
        assertEquals(NyseCalendar.startOfDay(LocalDate.of(2026, 1, 16)), NYSE.startOfTradingDaysBack(saturday, 1));
    }

    @Test
    void marketDatesAndDayBoundsAreNewYorkDates() {
        assertEquals(LocalDate.of(2026, 1, 5), NyseCalendar.marketDate(Instant.parse("2026-01-06T04:59:59Z")));
        assertEquals(LocalDate.of(2026, 1, 6), NyseCalendar.marketDate(Instant.parse("2026-01-06T05:00:00Z")));
        assertEquals(Instant.parse("2026-03-08T05:00:00Z"), NyseCalendar.startOfDay(LocalDate.of(2026, 3, 8)));
        assertEquals(Instant.parse("2026-03-09T04:00:00Z"), NyseCalendar.endOfDay(LocalDate.of(2026, 3, 8)));
    }

    /** Each expectation is "HH:mm open|extended|closed" on {@code day} in New York. */
    private static void assertSessions(LocalDate day, String... expectations) {
        for (String expectation : expectations) {
            String[] parts = expectation.split(" ");
            Instant at = NyseCalendar.at(day, LocalTime.parse(parts[0]));
            String actual = NYSE.isOpen(at) ? "open" : NYSE.isExtendedHours(at) ? "extended" : "closed";
            assertEquals(parts[1], actual, day + " " + parts[0]);
        }
    }

    private static Instant ny(LocalDate day, int hour, int minute) {
        return NyseCalendar.at(day, LocalTime.of(hour, minute));
    }

    private static Set<LocalDate> dates(List<String> days) {
        return days.stream().map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<LocalDate> daysOf(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).toList();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

package dev.tradeguard.platform.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.market.NyseCalendar;

class DailyScheduleTest {
    private static final NyseCalendar CALENDAR = NyseCalendar.standard();
    private static final DailySchedule DAILY = DailySchedule.tradingDays(LocalTime.of(16, 15), CALENDAR);
    private static final DailySchedule SUNDAYS = new DailySchedule(LocalTime.of(18, 0),
            day -> day.getDayOfWeek() == DayOfWeek.SUNDAY);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 4, 7);
    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private static Instant newYork(LocalDate day, int hour, int minute) {
        return NyseCalendar.at(day, LocalTime.of(hour, minute));
    }

    @Test
    void aJobIsDueOnlyOnceTheClockHasPassedItsNewYorkTime() {
        assertEquals(List.of(), DAILY.dueDays(newYork(TUESDAY, 16, 14), Optional.empty(), LONG_AGO));
        assertEquals(List.of(TUESDAY), DAILY.dueDays(newYork(TUESDAY, 16, 15), Optional.empty(), LONG_AGO));
        assertEquals(List.of(), DAILY.dueDays(newYork(TUESDAY, 23, 0), Optional.of(TUESDAY), LONG_AGO),
                "ran already");
    }

    @Test
    void noTradingDayJobOnAWeekendOrAnNyseHoliday() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        assertEquals(List.of(), DAILY.dueDays(newYork(goodFriday, 17, 0), Optional.empty(), LONG_AGO));
        assertEquals(List.of(), DAILY.dueDays(newYork(goodFriday.plusDays(1), 17, 0), Optional.empty(), LONG_AGO));
        assertEquals(List.of(LocalDate.of(2026, 4, 6)),
                DAILY.dueDays(newYork(LocalDate.of(2026, 4, 6), 17, 0), Optional.of(goodFriday.minusDays(1)),
                        LONG_AGO), "from Thursday's run to Monday only Monday is a trading day");
    }

    @Test
    void aClockThatJumpedSeveralDaysMakesUpEachMissedDayOldestFirstWithinTheCatchUp() {
        LocalDate previousWednesday = LocalDate.of(2026, 4, 1);
        assertEquals(List.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 6), TUESDAY),
                DAILY.dueDays(newYork(TUESDAY, 16, 20), Optional.of(previousWednesday), LONG_AGO));
        assertEquals(List.of(LocalDate.of(2026, 4, 6), TUESDAY),
                DAILY.dueDays(newYork(TUESDAY, 16, 20), Optional.of(previousWednesday), LocalDate.of(2026, 4, 4)));
    }

    @Test
    void aServiceThatNeverRanTheJobMakesUpOnlyTodaysNotLastWeeks() {
        assertEquals(List.of(), DAILY.dueDays(newYork(TUESDAY, 9, 0), Optional.empty(), LONG_AGO),
                "Monday's summary is not sent by a service started on Tuesday morning");
    }

    @Test
    void theReviewsAreDueOnSundayAtSixPmNewYork() {
        LocalDate sunday = LocalDate.of(2026, 4, 12);
        assertEquals(List.of(), SUNDAYS.dueDays(newYork(sunday, 17, 59), Optional.empty(), LONG_AGO));
        assertEquals(List.of(sunday), SUNDAYS.dueDays(newYork(sunday, 18, 0), Optional.empty(), LONG_AGO));
        assertEquals(List.of(sunday), SUNDAYS.dueDays(newYork(sunday.plusDays(2), 9, 0),
                Optional.of(sunday.minusDays(7)), LONG_AGO), "a missed Sunday is made up on Tuesday");
    }

    @Test
    void dueTodayMakesUpNothingBeforeTheCurrentDay() {
        LocalDate previousWednesday = LocalDate.of(2026, 4, 1);
        assertEquals(Optional.of(TUESDAY), DAILY.dueToday(newYork(TUESDAY, 16, 20), Optional.of(previousWednesday)),
                "a jump from Wednesday to Tuesday runs Tuesday's only");
        assertEquals(Optional.empty(), DAILY.dueToday(newYork(TUESDAY, 16, 20), Optional.of(TUESDAY)));
        assertEquals(Optional.empty(), DAILY.dueToday(newYork(TUESDAY, 16, 14), Optional.of(previousWednesday)));
        assertEquals(Optional.of(TUESDAY), DailySchedule.everyDay(LocalTime.of(9, 0))
                .dueToday(newYork(TUESDAY, 9, 0), Optional.empty()));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 4)), DailySchedule.everyDay(LocalTime.of(9, 0))
                .dueToday(newYork(LocalDate.of(2026, 4, 4), 9, 0), Optional.empty()), "every day: Saturdays too");
        assertEquals(Optional.of(TUESDAY), DAILY.dueToday(newYork(TUESDAY, 16, 20), Optional.of(TUESDAY.plusDays(30))),
                "a clock set back to an earlier day finds it due again");
    }
}

package dev.tradeguard.recommendation.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * NYSE trading days: weekdays that are not one of the exchange's full-day holidays (with its weekend observance
 * rules) nor an extra closure an operator configured (e.g. a national day of mourning). Early closes are not
 * modelled: a recommendation valid "until the close" on such a day stays valid three hours past the real close,
 * which is harmless because no order can trade then.
 */
public final class MarketCalendar {
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    private final Set<LocalDate> extraClosedDays;

    public MarketCalendar(Set<LocalDate> extraClosedDays) {
        this.extraClosedDays = Set.copyOf(extraClosedDays);
    }

    public static LocalDate marketDate(Instant instant) {
        return instant.atZone(NEW_YORK).toLocalDate();
    }

    public boolean isTradingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day)
                && !extraClosedDays.contains(day);
    }

    /** The regular close (16:00 New York) of the first trading session that closes after {@code instant}. */
    public Instant closeOfSessionAfter(Instant instant) {
        LocalDate day = marketDate(instant);
        while (true) {
            if (isTradingDay(day)) {
                Instant close = ZonedDateTime.of(day, CLOSE, NEW_YORK).toInstant();
                if (close.isAfter(instant)) {
                    return close;
                }
            }
            day = day.plusDays(1);
        }
    }

    public LocalDate nextTradingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isTradingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** NYSE Rule 7.2 holidays: a Saturday holiday closes the Friday before, a Sunday one the Monday after. */
    static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        // New Year's Day on a Saturday is not made up on the Friday before (that Friday ends a fiscal year).
        if (day.equals(sundayToMonday(LocalDate.of(year, Month.JANUARY, 1)))) {
            return true;
        }
        return day.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))
                || day.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                || day.equals(easterSunday(year).minusDays(2))
                || day.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || (year >= 2022 && day.equals(observed(LocalDate.of(year, Month.JUNE, 19))))
                || day.equals(observed(LocalDate.of(year, Month.JULY, 4)))
                || day.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                || day.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                || day.equals(observed(LocalDate.of(year, Month.DECEMBER, 25)));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate sundayToMonday(LocalDate holiday) {
        return holiday.getDayOfWeek() == DayOfWeek.SUNDAY ? holiday.plusDays(1) : holiday;
    }

    private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** The anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}

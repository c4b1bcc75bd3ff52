package dev.tradeguard.brokersim.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NYSE trading days and hours in America/New_York: weekends and the exchange's full-day holidays are closed; the
 * regular session is 09:30-16:00, extended hours 04:00-09:30 and 16:00-20:00. Early closes (13:00) are not modelled.
 */
public final class MarketCalendar {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final LocalTime PRE_MARKET_OPEN = LocalTime.of(4, 0);
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);
    public static final LocalTime AFTER_HOURS_CLOSE = LocalTime.of(20, 0);

    /** A moment at which what may trade changes. */
    public enum BoundaryKind { PRE_MARKET_OPEN, OPEN, CLOSE, AFTER_HOURS_CLOSE }

    public record Boundary(Instant at, BoundaryKind kind, LocalDate date) {
    }

    public boolean isTradingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays(date.getYear()).contains(date);
    }

    public LocalDate tradingDate(Instant at) {
        return at.atZone(NEW_YORK).toLocalDate();
    }

    public Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, NEW_YORK).toInstant();
    }

    public boolean isOpen(Instant at) {
        return within(at, OPEN, CLOSE);
    }

    public boolean isExtendedHours(Instant at) {
        return within(at, PRE_MARKET_OPEN, OPEN) || within(at, CLOSE, AFTER_HOURS_CLOSE);
    }

    private boolean within(Instant at, LocalTime from, LocalTime to) {
        ZonedDateTime local = at.atZone(NEW_YORK);
        LocalTime time = local.toLocalTime();
        return isTradingDay(local.toLocalDate()) && !time.isBefore(from) && time.isBefore(to);
    }

    /** The next regular-session open strictly after {@code at} (or at it, if the market is just opening). */
    public Instant nextOpen(Instant at) {
        LocalDate date = tradingDate(at);
        while (true) {
            if (isTradingDay(date)) {
                Instant open = at(date, OPEN);
                if (!open.isBefore(at)) {
                    return open;
                }
            }
            date = date.plusDays(1);
        }
    }

    /** The close of the current session if the market is open, else of the next session. */
    public Instant nextClose(Instant at) {
        LocalDate date = tradingDate(at);
        while (true) {
            if (isTradingDay(date)) {
                Instant close = at(date, CLOSE);
                if (close.isAfter(at)) {
                    return close;
                }
            }
            date = date.plusDays(1);
        }
    }

    public LocalDate previousTradingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isTradingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The trading day {@code count} trading days before {@code date}. */
    public LocalDate tradingDaysBefore(LocalDate date, int count) {
        LocalDate day = date;
        for (int i = 0; i < count; i++) {
            day = previousTradingDay(day);
        }
        return day;
    }

    public List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isTradingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** Session boundaries in {@code (from, to]}, in time order. */
    public List<Boundary> boundariesBetween(Instant from, Instant to) {
        List<Boundary> boundaries = new ArrayList<>();
        for (LocalDate day : tradingDays(tradingDate(from), tradingDate(to))) {
            addIfWithin(boundaries, from, to, new Boundary(at(day, PRE_MARKET_OPEN), BoundaryKind.PRE_MARKET_OPEN, day));
            addIfWithin(boundaries, from, to, new Boundary(at(day, OPEN), BoundaryKind.OPEN, day));
            addIfWithin(boundaries, from, to, new Boundary(at(day, CLOSE), BoundaryKind.CLOSE, day));
            addIfWithin(boundaries, from, to,
                    new Boundary(at(day, AFTER_HOURS_CLOSE), BoundaryKind.AFTER_HOURS_CLOSE, day));
        }
        return boundaries;
    }

    private static void addIfWithin(List<Boundary> into, Instant from, Instant to, Boundary boundary) {
        if (boundary.at().isAfter(from) && !boundary.at().isAfter(to)) {
            into.add(boundary);
        }
    }

    /** NYSE full-day holidays, with Saturday holidays not observed and Sunday holidays observed on Monday. */
    public Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            days.add(newYear.plusDays(1));
        } else if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            days.add(newYear);
        }
        days.add(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        days.add(easterSunday(year).minusDays(2));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2022) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        days.add(nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return days;
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
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
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}

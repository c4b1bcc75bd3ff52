package dev.tradeguard.model.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The NYSE calendar: which New York dates trade, and when the regular session (09:30-16:00, 13:00 on early-close
 * days) and the extended hours (04:00-09:30 and after the close until 20:00, 17:00 on early-close days) run.
 *
 * <p>Full-day holidays follow NYSE Rule 7.2: New Year's Day, Martin Luther King Jr. Day, Washington's Birthday, Good
 * Friday, Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and Christmas; a Saturday
 * holiday closes the Friday before and a Sunday one the Monday after — except New Year's Day on a Saturday, which is
 * not observed at all (that Friday ends a fiscal year). The exchange's unscheduled closures since 2000 are a table
 * here; an operator adds a new one through {@link #withExtraClosures(Set)} until this table learns it.
 *
 * <p>Early closes (13:00) are the day after Thanksgiving, Christmas Eve when it trades, and July 3 when it trades and
 * July 4 is a weekday (when July 4 falls on a weekend the observed holiday is the adjacent Friday or Monday and no
 * day closes early — as NYSE published for 2015, 2020, 2021, 2026 and 2027). Before 2013 a Thursday July 4 made the
 * Friday after the half day instead of the Wednesday before (2002).
 *
 * <p>Only 2000 through 2035 are covered: a date outside that range is refused with an IllegalArgumentException
 * naming the year, so a missing year never reads as "open". Immutable and thread-safe.
 */
public final class NyseCalendar {
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final LocalTime PRE_MARKET_OPEN = LocalTime.of(4, 0);
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);
    /** Late trading ends at 17:00 on early-close days (NYSE Arca's published early-close hours). */
    public static final LocalTime EARLY_AFTER_HOURS_CLOSE = LocalTime.of(17, 0);
    public static final LocalTime AFTER_HOURS_CLOSE = LocalTime.of(20, 0);

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2035;

    /** Unscheduled full-day closures of the exchange since 2000. */
    private static final Map<LocalDate, String> ONE_OFF_CLOSURES = Map.of(
            LocalDate.of(2001, 9, 11), "September 11 attacks",
            LocalDate.of(2001, 9, 12), "September 11 attacks",
            LocalDate.of(2001, 9, 13), "September 11 attacks",
            LocalDate.of(2001, 9, 14), "September 11 attacks",
            LocalDate.of(2004, 6, 11), "National Day of Mourning for President Reagan",
            LocalDate.of(2007, 1, 2), "National Day of Mourning for President Ford",
            LocalDate.of(2012, 10, 29), "Hurricane Sandy",
            LocalDate.of(2012, 10, 30), "Hurricane Sandy",
            LocalDate.of(2018, 12, 5), "National Day of Mourning for President George H. W. Bush",
            LocalDate.of(2025, 1, 9), "National Day of Mourning for President Carter");

    /** Early closes the rules below do not produce: the Friday after Christmas 2003. */
    private static final Set<LocalDate> ONE_OFF_EARLY_CLOSES = Set.of(LocalDate.of(2003, 12, 26));

    private static final String EXTRA_CLOSURE = "Unscheduled closure";

    private static final Map<LocalDate, String> HOLIDAYS;
    private static final Set<LocalDate> EARLY_CLOSES;

    static {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(ONE_OFF_CLOSURES);
        TreeSet<LocalDate> earlyCloses = new TreeSet<>(ONE_OFF_EARLY_CLOSES);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            scheduledHolidays(year, holidays);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            scheduledEarlyCloses(year, holidays, earlyCloses);
        }
        HOLIDAYS = Collections.unmodifiableMap(holidays);
        EARLY_CLOSES = Collections.unmodifiableSet(earlyCloses);
    }

    private static final NyseCalendar STANDARD = new NyseCalendar(Set.of());

    private final Set<LocalDate> extraClosures;

    private NyseCalendar(Set<LocalDate> extraClosures) {
        this.extraClosures = Set.copyOf(extraClosures);
    }

    /** The calendar NYSE publishes. */
    public static NyseCalendar standard() {
        return STANDARD;
    }

    /** The published calendar with unscheduled closures added (an operator's configuration). */
    public static NyseCalendar withExtraClosures(Set<LocalDate> extraClosures) {
        return extraClosures.isEmpty() ? STANDARD : new NyseCalendar(extraClosures);
    }

    /** The New York date of an instant. */
    public static LocalDate marketDate(Instant at) {
        return at.atZone(NEW_YORK).toLocalDate();
    }

    /** New York midnight at the start of {@code day}. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(NEW_YORK).toInstant();
    }

    /** New York midnight at the end of {@code day} (the start of the next day). */
    public static Instant endOfDay(LocalDate day) {
        return startOfDay(day.plusDays(1));
    }

    public static Instant at(LocalDate day, LocalTime newYorkTime) {
        return ZonedDateTime.of(day, newYorkTime, NEW_YORK).toInstant();
    }

    /** A weekday that is neither a holiday nor an extra closure. */
    public boolean isTradingDay(LocalDate day) {
        requireCovered(day.getYear());
        return !isWeekend(day) && holiday(day).isEmpty();
    }

    /** The name of the full-day closure on {@code day}, if it is one (weekends are not holidays). */
    public Optional<String> holiday(LocalDate day) {
        requireCovered(day.getYear());
        String name = HOLIDAYS.get(day);
        if (name == null && extraClosures.contains(day)) {
            name = EXTRA_CLOSURE;
        }
        return Optional.ofNullable(name);
    }

    /** The full-day closures of {@code year} on their observed dates, extra closures included, in date order. */
    public Set<LocalDate> holidays(int year) {
        requireCovered(year);
        SortedSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : HOLIDAYS.keySet()) {
            if (day.getYear() == year) {
                days.add(day);
            }
        }
        for (LocalDate day : extraClosures) {
            if (day.getYear() == year && !isWeekend(day)) {
                days.add(day);
            }
        }
        return Collections.unmodifiableSortedSet(days);
    }

    /** A trading day whose regular session closes at 13:00. */
    public boolean isEarlyClose(LocalDate day) {
        return isTradingDay(day) && EARLY_CLOSES.contains(day);
    }

    /** The regular open of a trading day. */
    public Instant open(LocalDate day) {
        requireTradingDay(day);
        return at(day, OPEN);
    }

    /** The regular close of a trading day: 16:00, or 13:00 on an early-close day. */
    public Instant close(LocalDate day) {
        requireTradingDay(day);
        return at(day, isEarlyClose(day) ? EARLY_CLOSE : CLOSE);
    }

    /** The end of a trading day's after-hours session: 20:00, or 17:00 on an early-close day. */
    public Instant afterHoursClose(LocalDate day) {
        requireTradingDay(day);
        return at(day, isEarlyClose(day) ? EARLY_AFTER_HOURS_CLOSE : AFTER_HOURS_CLOSE);
    }

    /** In the regular session: open inclusive, close exclusive. */
    public boolean isOpen(Instant at) {
        LocalDate day = marketDate(at);
        return isTradingDay(day) && !at.isBefore(open(day)) && at.isBefore(close(day));
    }

    /** In the pre-market (04:00 to the open) or the after-hours session (the close to its end). */
    public boolean isExtendedHours(Instant at) {
        LocalDate day = marketDate(at);
        if (!isTradingDay(day)) {
            return false;
        }
        boolean preMarket = !at.isBefore(at(day, PRE_MARKET_OPEN)) && at.isBefore(open(day));
        boolean afterHours = !at.isBefore(close(day)) && at.isBefore(afterHoursClose(day));
        return preMarket || afterHours;
    }

    /** The next regular open strictly after {@code at}. */
    public Instant nextOpen(Instant at) {
        for (LocalDate day = marketDate(at); ; day = day.plusDays(1)) {
            if (isTradingDay(day) && open(day).isAfter(at)) {
                return open(day);
            }
        }
    }

    /** The next regular close strictly after {@code at} (today's if the session is open or yet to open). */
    public Instant nextClose(Instant at) {
        for (LocalDate day = marketDate(at); ; day = day.plusDays(1)) {
            if (isTradingDay(day) && close(day).isAfter(at)) {
                return close(day);
            }
        }
    }

    /** The close of the session {@code at} is in, or of the next session if it is outside one. */
    public Instant closeOfSessionAfter(Instant at) {
        return nextClose(at);
    }

    public LocalDate nextTradingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isTradingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The last trading day strictly before {@code day}. */
    public LocalDate previousTradingDay(LocalDate day) {
        LocalDate candidate = day.minusDays(1);
        while (!isTradingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The trading day {@code count} trading days before {@code day} ({@code day} itself for 0). */
    public LocalDate tradingDaysBefore(LocalDate day, int count) {
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            result = previousTradingDay(result);
        }
        return result;
    }

    /** The trading days from {@code from} through {@code toInclusive}, in order (empty if the range is). */
    public List<LocalDate> tradingDays(LocalDate from, LocalDate toInclusive) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isTradingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** How many trading days lie in ({@code fromExclusive}, {@code toInclusive}]; 0 when the range is empty. */
    public int tradingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return tradingDays(fromExclusive.plusDays(1), toInclusive).size();
    }

    /**
     * New York midnight starting the trading day that makes {@code days} trading days counting back from
     * {@code now}'s date: today counts when it trades, so {@code days = 1} on a trading day is today's start; on a
     * weekend or holiday the count starts at the trading day before.
     */
    public Instant startOfTradingDaysBack(Instant now, int days) {
        LocalDate day = marketDate(now);
        int counted = isTradingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (isTradingDay(day)) {
                counted++;
            }
        }
        return startOfDay(day);
    }

    private void requireTradingDay(LocalDate day) {
        if (!isTradingDay(day)) {
            throw new IllegalArgumentException(day + " is not an NYSE trading day");
        }
    }

    private static void requireCovered(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the NYSE calendar covers " + FIRST_YEAR + " through " + LAST_YEAR
                    + "; " + year + " is outside it");
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void scheduledHolidays(int year, Map<LocalDate, String> into) {
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            into.put(observed(newYear), "New Year's Day");
        }
        into.put(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King, Jr. Day");
        into.put(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        into.put(easterSunday(year).minusDays(2), "Good Friday");
        into.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day");
        if (year >= 2022) {
            into.put(observed(LocalDate.of(year, Month.JUNE, 19)), "Juneteenth National Independence Day");
        }
        into.put(observed(LocalDate.of(year, Month.JULY, 4)), "Independence Day");
        into.put(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        into.put(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
        into.put(observed(LocalDate.of(year, Month.DECEMBER, 25)), "Christmas Day");
    }

    private static void scheduledEarlyCloses(int year, Map<LocalDate, String> holidays, Set<LocalDate> into) {
        into.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1));
        LocalDate christmasEve = LocalDate.of(year, Month.DECEMBER, 24);
        if (!isWeekend(christmasEve) && !holidays.containsKey(christmasEve)) {
            into.add(christmasEve);
        }
        LocalDate independenceDay = LocalDate.of(year, Month.JULY, 4);
        if (!isWeekend(independenceDay)) {
            if (year < 2013 && independenceDay.getDayOfWeek() == DayOfWeek.THURSDAY) {
                into.add(independenceDay.plusDays(1));
            } else if (independenceDay.getDayOfWeek() != DayOfWeek.MONDAY) {
                into.add(independenceDay.minusDays(1));
            }
        }
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
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

package dev.tradeguard.cli.papermonth;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** One NYSE session of the replay: its New York date, open and close (an early close at 13:00 included). */
public record TradingDay(LocalDate date, Instant open, Instant close) {
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** monitor-service's daily summary runs at 16:15 New York (tradeguard.reports.daily-summary-at); one minute on. */
    static final LocalTime AFTER_DAILY_SUMMARY = LocalTime.of(16, 16);

    public static TradingDay of(LocalDate date, LocalTime open, LocalTime close) {
        return new TradingDay(date, date.atTime(open).atZone(NEW_YORK).toInstant(),
                date.atTime(close).atZone(NEW_YORK).toInstant());
    }

    /** The moment after the day's end-of-day reports (red flags 16:10, daily summary 16:15) are due. */
    public Instant afterReports() {
        return date.atTime(AFTER_DAILY_SUMMARY).atZone(NEW_YORK).toInstant();
    }

    public boolean earlyClose() {
        return close.atZone(NEW_YORK).toLocalTime().isBefore(LocalTime.of(16, 0));
    }

    /** monitor-service's weekly review runs on Sundays at 18:00 New York (tradeguard.reports.reviews-at); one on. */
    static final LocalTime AFTER_REVIEWS = LocalTime.of(18, 1);

    /** The Sundays after this session and before {@code next}: a replay stops on each for the weekly review. */
    public List<LocalDate> reviewSundaysUntil(TradingDay next) {
        List<LocalDate> sundays = new ArrayList<>();
        for (LocalDate day = date.plusDays(1); day.isBefore(next.date()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                sundays.add(day);
            }
        }
        return sundays;
    }

    public static Instant afterReviews(LocalDate sunday) {
        return sunday.atTime(AFTER_REVIEWS).atZone(NEW_YORK).toInstant();
    }

    /** The New York date of an instant. */
    public static LocalDate marketDate(Instant instant) {
        return instant.atZone(NEW_YORK).toLocalDate();
    }
}

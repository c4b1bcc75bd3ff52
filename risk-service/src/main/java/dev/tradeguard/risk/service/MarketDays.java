package dev.tradeguard.risk.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Market days are New York days: "today" and "the last five business days" start at New York midnight. */
public final class MarketDays {
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private MarketDays() {
    }

    public static Instant startOfDay(Instant now) {
        return LocalDate.ofInstant(now, NEW_YORK).atStartOfDay(NEW_YORK).toInstant();
    }

    /** The start of the business day {@code days - 1} business days before today (weekends skipped). */
    public static Instant startOfBusinessDaysBack(Instant now, int days) {
        LocalDate day = LocalDate.ofInstant(now, NEW_YORK);
        int counted = isWeekend(day) ? 0 : 1;
        while (counted < days) {
            day = day.minusDays(1);
            if (!isWeekend(day)) {
                counted++;
            }
        }
        return day.atStartOfDay(NEW_YORK).toInstant();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

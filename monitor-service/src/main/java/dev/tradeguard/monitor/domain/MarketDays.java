package dev.tradeguard.monitor.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Market days are New York days. */
public final class MarketDays {
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private MarketDays() {
    }

    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, NEW_YORK);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(NEW_YORK).toInstant();
    }

    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
    }
}

package dev.tradeguard.monitor.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the end-of-day reports are due, in New York time, read off the service's Clock (the wall clock, or the broker
 * simulator's when {@code tradeguard.clock.follow} is set): a tick every {@code tick} compares the Clock with each
 * report's next due time, so a replayed day gets its reports as its simulated time passes them.
 */
@ConfigMapping(prefix = "tradeguard.reports")
public interface ReportScheduleConfig {
    /**
     * How often the Clock is compared with the due times ({@code off} stops the reports). Read by the scheduler
     * from {@code ${tradeguard.reports.tick:1s}}: keep both defaults equal.
     */
    @WithDefault("1s")
    String tick();

    /** Red flags, on trading days. */
    @WithDefault("16:10")
    LocalTime redFlagsAt();

    /** The daily summary, on trading days. */
    @WithDefault("16:15")
    LocalTime dailySummaryAt();

    /** The weekly review (and on a month's first one, the monthly review). */
    @WithDefault("SUNDAY")
    DayOfWeek reviewsOn();

    @WithDefault("18:00")
    LocalTime reviewsAt();

    /**
     * How far back a report the service missed (it was down, or a replay jumped several days) is still made up;
     * a report that never ran makes up the days since the service's first tick after start-up.
     */
    @WithDefault("7d")
    Duration catchUp();
}

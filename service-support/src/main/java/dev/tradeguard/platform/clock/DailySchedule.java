package dev.tradeguard.platform.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.tradeguard.model.market.NyseCalendar;

/**
 * A job due once a day at a New York time on the days it runs on (trading days, Sundays, every day), read off the
 * service's Clock rather than a wall-clock cron: a short tick asks {@link #dueDays} which days' due times the Clock has
 * passed, so a replay on the broker simulator's clock gets its jobs as simulated time passes them and a clock that
 * jumps several days makes up the days it skipped. The caller records each day a job ran (a table, when it must
 * survive restarts).
 */
public record DailySchedule(LocalTime at, Predicate<LocalDate> runsOn) {

    public static DailySchedule everyDay(LocalTime at) {
        return new DailySchedule(at, day -> true);
    }

    public static DailySchedule tradingDays(LocalTime at, NyseCalendar calendar) {
        return new DailySchedule(at, calendar::isTradingDay);
    }

    /**
     * The days whose due time has passed at {@code now} and that have not run yet, oldest first: every one after
     * {@code lastRun} back to {@code earliest}; when the job never ran, only today's (New York), so a new
     * installation does not make up last week's.
     */
    public List<LocalDate> dueDays(Instant now, Optional<LocalDate> lastRun, LocalDate earliest) {
        LocalDate today = NyseCalendar.marketDate(now);
        LocalDate from = lastRun.map(day -> day.plusDays(1)).orElse(today);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            if (runsOn.test(day) && !NyseCalendar.at(day, at).isAfter(now)) {
                due.add(day);
            }
        }
        return due;
    }

    /**
     * Today (New York) when it runs today, its due time has passed at {@code now} and {@code lastRun} is not today:
     * no making up of skipped days, and a clock set back (a new replay of an earlier period) finds its days due again.
     */
    public Optional<LocalDate> dueToday(Instant now, Optional<LocalDate> lastRun) {
        LocalDate today = NyseCalendar.marketDate(now);
        boolean ranToday = lastRun.filter(today::equals).isPresent();
        if (ranToday || !runsOn.test(today) || NyseCalendar.at(today, at).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(today);
    }
}

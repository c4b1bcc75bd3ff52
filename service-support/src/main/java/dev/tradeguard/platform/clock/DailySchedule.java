package dev.tradeguard.monitor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.tradeguard.model.market.NyseCalendar;

/** A report that is due at a New York time on the days it runs on (trading days, Sundays). */
public record ReportSchedule(String job, LocalTime at, Predicate<LocalDate> runsOn) {

    /**
     * The days whose due time has passed at {@code now} and that have not run yet, oldest first: every one after
     * {@code lastRun} back to {@code earliest}; when the report never ran, only today's (New York), so a new
     * installation does not send last week's reports.
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
}

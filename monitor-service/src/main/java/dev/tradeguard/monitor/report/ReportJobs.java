package dev.tradeguard.monitor.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.config.ReportScheduleConfig;
import dev.tradeguard.monitor.marketdata.BenchmarkService;
import dev.tradeguard.monitor.repository.ReportRunRepository;
import dev.tradeguard.monitor.service.RedFlagService;
import dev.tradeguard.platform.clock.DailySchedule;
import io.quarkus.scheduler.Scheduled;

/**
 * The end-of-day schedule on New York time, read off the service's Clock (the wall clock in production, the broker
 * simulator's in a replay), account by account (one account's failure does not stop the others): red flags at 16:10
 * on trading days, the daily summary at 16:15 (an account without a trading-day close that day gets none), the weekly
 * review every Sunday at 18:00 and the monthly one on the first Sunday. A tick compares the Clock with each report's
 * due time, and report_run records each day a report ran, so it runs once per day across restarts and a replay that
 * jumps past several days makes them all up (within {@code tradeguard.reports.catch-up}). A report that never ran
 * makes up the days since the service's first tick: a replay jumps from Friday's close to Monday's open, and the
 * Sunday review in between is due all the same.
 */
@ApplicationScoped
public class ReportJobs {
    static final String RED_FLAGS = "RED_FLAGS";
    static final String DAILY_SUMMARY = "DAILY_SUMMARY";
    static final String REVIEWS = "REVIEWS";

    private static final Logger LOG = Logger.getLogger(ReportJobs.class);

    @Inject
    ReportService reports;

    @Inject
    RedFlagService redFlags;

    @Inject
    ReportRunRepository runs;

    @Inject
    BenchmarkService benchmark;

    @Inject
    ReportScheduleConfig config;

    @Inject
    Clock clock;

    /** A report (its job in report_run), when it is due, and what it does for one account on its day. */
    private record ScheduledReport(String job, DailySchedule schedule, String label,
            BiConsumer<String, LocalDate> perAccount) {
    }

    private List<ScheduledReport> scheduled;

    /** The New York day of the first tick since start-up. */
    private volatile LocalDate firstTickDay;

    @PostConstruct
    void schedules() {
        NyseCalendar calendar = NyseCalendar.standard();
        scheduled = List.of(
                new ScheduledReport(RED_FLAGS, DailySchedule.tradingDays(config.redFlagsAt(), calendar), "Red flags",
                        redFlags::evaluate),
                new ScheduledReport(DAILY_SUMMARY, DailySchedule.tradingDays(config.dailySummaryAt(), calendar),
                        "Daily summary", reports::sendDaily),
                new ScheduledReport(REVIEWS, new DailySchedule(config.reviewsAt(),
                        day -> day.getDayOfWeek() == config.reviewsOn()), "Reviews", reports::sendReviews));
    }

    @Scheduled(every = "${tradeguard.reports.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        Instant now = clock.instant();
        // The benchmark's close first: the red flags compare the day with the S&P 500.
        benchmark.refreshIfDue(now);
        runDue(now);
    }

    /** Runs every report due at {@code now} that has not run yet, oldest day first. */
    public void runDue(Instant now) {
        if (firstTickDay == null) {
            firstTickDay = NyseCalendar.marketDate(now);
        }
        Map<String, LocalDate> lastRuns = runs.lastRuns();
        LocalDate earliest = NyseCalendar.marketDate(now.minus(config.catchUp()));
        for (ScheduledReport report : scheduled) {
            String job = report.job();
            Optional<LocalDate> lastRun = Optional.ofNullable(lastRuns.get(job))
                    .or(() -> Optional.of(firstTickDay.minusDays(1)));
            for (LocalDate day : report.schedule().dueDays(now, lastRun, earliest)) {
                forEachAccount(report, day);
                runs.ran(job, day, clock.instant());
            }
        }
    }

    private void forEachAccount(ScheduledReport report, LocalDate day) {
        for (String account : reports.accounts()) {
            try {
                report.perAccount().accept(account, day);
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s of %s on %s failed", report.label(), account, day);
            }
        }
    }
}

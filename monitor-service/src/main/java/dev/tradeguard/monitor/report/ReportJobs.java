package dev.tradeguard.monitor.report;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.monitor.service.RedFlagService;
import io.quarkus.scheduler.Scheduled;

/**
 * The end-of-day schedule on New York time, account by account (one account's failure does not stop the others):
 * red flags at 16:10 on trading days, the daily summary at 16:15 (an account without a trading-day close that day
 * gets none), the weekly review every Sunday and the monthly one on the first Sunday.
 */
@ApplicationScoped
public class ReportJobs {
    private static final Logger LOG = Logger.getLogger(ReportJobs.class);

    @Inject
    ReportService reports;

    @Inject
    RedFlagService redFlags;

    @Inject
    PerformanceService performance;

    @Scheduled(cron = "${tradeguard.monitor.red-flag-cron:0 10 16 ? * MON-FRI}", timeZone = "America/New_York",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void redFlagsAfterTheClose() {
        forEachAccount("Red flags", redFlags::evaluate);
    }

    @Scheduled(cron = "${tradeguard.monitor.daily-summary-cron:0 15 16 ? * MON-FRI}", timeZone = "America/New_York",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dailySummaries() {
        forEachAccount("Daily summary", reports::sendDaily);
    }

    @Scheduled(cron = "${tradeguard.monitor.review-cron:0 0 18 ? * SUN}", timeZone = "America/New_York",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reviews() {
        forEachAccount("Reviews", reports::sendReviews);
    }

    private void forEachAccount(String what, BiConsumer<String, LocalDate> job) {
        LocalDate today = performance.today();
        for (String account : reports.accounts()) {
            try {
                job.accept(account, today);
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s of %s on %s failed", what, account, today);
            }
        }
    }
}

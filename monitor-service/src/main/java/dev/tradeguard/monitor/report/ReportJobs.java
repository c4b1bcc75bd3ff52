package dev.tradeguard.monitor.report;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.monitor.service.PerformanceService;
import io.quarkus.scheduler.Scheduled;

/**
 * The guide's report schedule on New York time: the daily summary at 16:15 on trading days (an account without a
 * trading-day close that day gets none), the weekly review every Sunday and the monthly one on the first Sunday.
 */
@ApplicationScoped
public class ReportJobs {
    private static final Logger LOG = Logger.getLogger(ReportJobs.class);

    @Inject
    ReportService reports;

    @Inject
    PerformanceService performance;

    @Scheduled(cron = "${tradeguard.monitor.daily-summary-cron:0 15 16 ? * MON-FRI}", timeZone = "America/New_York",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dailySummaries() {
        LocalDate today = performance.today();
        for (String account : reports.accounts()) {
            try {
                reports.sendDaily(account, today);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Daily summary of %s on %s failed", account, today);
            }
        }
    }

    @Scheduled(cron = "${tradeguard.monitor.review-cron:0 0 18 ? * SUN}", timeZone = "America/New_York",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reviews() {
        LocalDate sunday = performance.today();
        for (String account : reports.accounts()) {
            try {
                reports.sendReviews(account, sunday);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reviews of %s on %s failed", account, sunday);
            }
        }
    }
}

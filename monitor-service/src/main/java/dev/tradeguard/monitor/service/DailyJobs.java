package dev.tradeguard.monitor.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.monitor.domain.LatestSnapshot;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import io.quarkus.scheduler.Scheduled;

/** End-of-day work on New York time: red flags after the close of every trading day. */
@ApplicationScoped
public class DailyJobs {
    private static final Logger LOG = Logger.getLogger(DailyJobs.class);

    @Inject
    SnapshotRepository snapshots;

    @Inject
    RedFlagService redFlags;

    @Inject
    PerformanceService performance;

    @Scheduled(cron = "${tradeguard.monitor.red-flag-cron:0 10 16 ? * MON-FRI}", timeZone = "America/New_York",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void redFlagsAfterTheClose() {
        LocalDate today = performance.today();
        for (LatestSnapshot account : snapshots.all()) {
            try {
                redFlags.evaluate(account.accountId(), today);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Red flags of %s on %s could not be evaluated", account.accountId(), today);
            }
        }
    }
}

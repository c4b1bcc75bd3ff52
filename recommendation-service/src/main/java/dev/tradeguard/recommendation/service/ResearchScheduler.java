package dev.tradeguard.recommendation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.recommendation.config.ResearchConfig;
import dev.tradeguard.recommendation.domain.ResearchBusyException;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the research of every strategy at {@code tradeguard.research.cron} (default 08:30 New York, weekdays), on
 * trading days only: the cron cannot know NYSE holidays, the {@link NyseCalendar} does.
 */
@ApplicationScoped
public class ResearchScheduler {
    public static final String DEFAULT_CRON = "0 30 8 ? * MON-FRI";
    private static final Logger LOG = Logger.getLogger(ResearchScheduler.class);

    @Inject
    ResearchGenerator generator;

    @Inject
    ResearchAvailability availability;

    @Inject
    ResearchConfig config;

    @Inject
    NyseCalendar calendar;

    @Inject
    Clock clock;

    @Scheduled(identity = "ai-research", cron = "${tradeguard.research.cron:" + DEFAULT_CRON + "}",
            timeZone = "America/New_York", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        runToday();
    }

    /** The runs made: none on a non-trading day or when the generator is disabled. */
    public List<ResearchRun> runToday() {
        LocalDate today = NyseCalendar.marketDate(clock.instant());
        if (!calendar.isTradingDay(today)) {
            LOG.infof("No AI research on %s: not a trading day", today);
            return List.of();
        }
        if (!availability.enabled()) {
            LOG.warnf("No AI research on %s: the generator is disabled (%s)", today,
                    availability.disabledReason().orElse(""));
            return List.of();
        }
        List<ResearchRun> runs = new ArrayList<>();
        for (String strategy : config.strategies()) {
            try {
                runs.add(generator.run(strategy, ResearchTrigger.SCHEDULE, "scheduler"));
            } catch (ResearchBusyException e) {
                LOG.warnf("Scheduled research of %s skipped: %s", strategy, e.getMessage());
            }
        }
        return runs;
    }
}

package dev.tradeguard.recommendation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.platform.clock.DailySchedule;
import dev.tradeguard.recommendation.config.ResearchConfig;
import dev.tradeguard.recommendation.domain.ResearchBusyException;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import dev.tradeguard.recommendation.repository.ResearchRepository;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the research of every strategy once a New York trading day at {@code tradeguard.research.at} (default 08:30),
 * read off the service's Clock (the wall clock, or the broker simulator's in a replay): a tick compares the Clock with
 * the due time. Only the current day is researched, and only before its close — ideas are for the session ahead, so a
 * clock that jumped past a day does not research it afterwards — and a strategy that already has a scheduled run for the day (research_run,
 * so across restarts too) is not researched again.
 */
@ApplicationScoped
public class ResearchScheduler {
    public static final String DEFAULT_AT = "08:30";
    static final String OFF = "off";
    private static final Logger LOG = Logger.getLogger(ResearchScheduler.class);

    @Inject
    ResearchGenerator generator;

    @Inject
    ResearchAvailability availability;

    @Inject
    ResearchConfig config;

    @Inject
    ResearchRepository repository;

    @Inject
    NyseCalendar calendar;

    @Inject
    Clock clock;

    private Optional<DailySchedule> schedule = Optional.empty();

    /** The last day the schedule ran on, so a tick reads research_run only once the day's due time has come. */
    private volatile Optional<LocalDate> lastRun = Optional.empty();

    /** Reads the schedule at start, so a bad one stops the service there rather than at the first tick. */
    void start(@Observes StartupEvent event) {
        LOG.infof("AI research schedule: %s", schedule.map(daily -> daily.at() + " New York on trading days")
                .orElse("off"));
    }

    @PostConstruct
    void schedule() {
        schedule = dueAt(config.at(), config.cron()).map(at -> DailySchedule.tradingDays(at, calendar));
    }

    /**
     * The due time, or empty when the schedule is off: {@code at=off}, or the former cron key set to {@code off}
     * (still honoured). Any other cron is refused: the schedule is a time of day now, not a cron.
     */
    static Optional<LocalTime> dueAt(String at, Optional<String> legacyCron) {
        if (legacyCron.isPresent() && !OFF.equalsIgnoreCase(legacyCron.get().trim())) {
            throw new IllegalStateException("Invalid configuration: tradeguard.research.cron is '" + legacyCron.get()
                    + "', but research is scheduled by tradeguard.research.at (a New York time of day such as 08:30,"
                    + " or off) on trading days; only tradeguard.research.cron=off is still read");
        }
        if (legacyCron.isPresent() || OFF.equalsIgnoreCase(at.trim())) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(at.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Invalid configuration: tradeguard.research.at is '" + at
                    + "': expected a New York time of day such as 08:30, or off", e);
        }
    }

    @Scheduled(identity = "ai-research", every = "${tradeguard.research.tick:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        runDue(clock.instant());
    }

    /** The runs made at {@code now}: today's research once its due time has passed, if not made yet. */
    public List<ResearchRun> runDue(Instant now) {
        Optional<LocalDate> due = schedule.flatMap(daily -> daily.dueToday(now, lastRun));
        if (due.isEmpty()) {
            return List.of();
        }
        if (!now.isBefore(calendar.close(due.get()))) {
            // the session the research was for is over; a run now would research tomorrow's, before its own time
            LOG.infof("No AI research on %s: the clock passed %s after the close", due.get(), config.at());
            lastRun = due;
            return List.of();
        }
        List<ResearchRun> runs = research(due.get(), repository.scheduledStrategies(due.get()));
        lastRun = due;
        return runs;
    }

    /** The runs made now for today, whatever the time: none on a non-trading day or when the generator is disabled. */
    public List<ResearchRun> runToday() {
        LocalDate today = NyseCalendar.marketDate(clock.instant());
        return research(today, Set.of());
    }

    private List<ResearchRun> research(LocalDate today, Set<String> alreadyResearched) {
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
            if (alreadyResearched.contains(strategy)) {
                LOG.infof("Scheduled research of %s on %s ran already", strategy, today);
                continue;
            }
            try {
                runs.add(generator.run(strategy, ResearchTrigger.SCHEDULE, "scheduler"));
            } catch (ResearchBusyException e) {
                LOG.warnf("Scheduled research of %s skipped: %s", strategy, e.getMessage());
            }
        }
        return runs;
    }
}

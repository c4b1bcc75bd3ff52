package dev.tradeguard.execution.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.KeyRotation;
import dev.tradeguard.execution.domain.KeyRotation.Stage;
import dev.tradeguard.execution.repository.KeyRotationAlertRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.platform.clock.DailySchedule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The age of the broker keys on the service's Clock (the wall clock, or the broker simulator's in a replay): checked
 * at start-up (a configured issue day after today on the wall clock refuses start-up) and every day at 09:00 New York
 * on the Clock, by a tick that compares the Clock with the due time, so a replayed day is checked as its simulated
 * morning passes. Each alert is raised once per key pair: the claim of it and the alert in the outbox commit in one
 * transaction, so a rerun, a restart or a second check on the same day raises nothing new.
 */
@ApplicationScoped
public class KeyRotationService {
    private static final Logger LOG = Logger.getLogger(KeyRotationService.class);
    static final DailySchedule DAILY = DailySchedule.everyDay(LocalTime.of(9, 0));

    @Inject
    ExecutionConfig config;

    @Inject
    KeyRotationAlertRepository raised;

    @Inject
    ExecutionEvents events;

    @Inject
    Clock clock;

    /**
     * The real date, for the start-up sanity check of the configured issue day only: under a replay's clock the
     * simulated day may well come before the keys were issued, which is no typo.
     */
    Clock wallClock = Clock.systemUTC();

    private volatile Optional<LocalDate> lastCheck = Optional.empty();

    void start(@Observes StartupEvent event) {
        verifyIssueDay(config.alpaca().keysIssuedOn());
        dailyCheck();
    }

    /** Refuses an issue day after today on the wall clock; one after the Clock's (simulated) day is fine. */
    void verifyIssueDay(Optional<LocalDate> issuedOn) {
        issuedOn.flatMap(day -> KeyRotation.problem(day, NyseCalendar.marketDate(wallClock.instant())))
                .ifPresent(problem -> {
                    throw new IllegalStateException("Invalid configuration: " + problem);
                });
    }

    @Scheduled(every = "${tradeguard.execution.key-rotation-tick:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        checkIfDue(clock.instant());
    }

    /** Runs the day's check when the Clock has passed 09:00 New York and it has not run that day; whether it ran. */
    public boolean checkIfDue(Instant now) {
        Optional<LocalDate> due = DAILY.dueToday(now, lastCheck);
        due.ifPresent(day -> {
            dailyCheck();
            lastCheck = due;
        });
        return due.isPresent();
    }

    void dailyCheck() {
        try {
            check(config.alpaca().keysIssuedOn());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Key rotation check failed; it runs again tomorrow morning and at the next start");
        }
    }

    /** Raises the alerts due today for keys issued on {@code issuedOn} not raised before; the types raised. */
    public List<AlertType> check(Optional<LocalDate> issuedOn) {
        return QuarkusTransaction.requiringNew().call(() -> issuedOn.map(this::checkAge).orElseGet(this::unknownAge));
    }

    public LocalDate today() {
        return NyseCalendar.marketDate(clock.instant());
    }

    private List<AlertType> checkAge(LocalDate issuedOn) {
        LocalDate today = today();
        Stage stage = KeyRotation.stage(issuedOn, today);
        if (stage == Stage.CURRENT) {
            return List.of();
        }
        long age = KeyRotation.ageDays(issuedOn, today);
        List<AlertType> alerts = new ArrayList<>();
        // Keys first checked when already overdue skip the 80-day reminder: the overdue alert says more.
        boolean dueClaimed = raised.claim(config.accountId(), Stage.DUE.alert(), issuedOn.toString());
        if (stage == Stage.DUE && dueClaimed) {
            raise(Stage.DUE.alert(), Stage.DUE.priority(), "Alpaca API keys are " + age + " days old: rotate them",
                    "The Alpaca key pair of " + config.accountId() + " was issued on " + issuedOn + ", " + age
                            + " days ago; the guide rotates keys every " + KeyRotation.ROTATE_EVERY_DAYS
                            + " days. Issue a new pair, deploy it and set " + KeyRotation.PROPERTY + ".",
                    issuedOn, age);
            alerts.add(Stage.DUE.alert());
        }
        if (stage == Stage.OVERDUE && raised.claim(config.accountId(), Stage.OVERDUE.alert(), issuedOn.toString())) {
            raise(Stage.OVERDUE.alert(), Stage.OVERDUE.priority(),
                    "Alpaca API keys are " + age + " days old: rotation overdue",
                    "The Alpaca key pair of " + config.accountId() + " was issued on " + issuedOn + ", " + age
                            + " days ago: the guide rotates keys every " + KeyRotation.ROTATE_EVERY_DAYS
                            + " days. Rotate it now and set " + KeyRotation.PROPERTY
                            + "; the go-live gate fails once the keys are older than that.",
                    issuedOn, age);
            alerts.add(Stage.OVERDUE.alert());
        }
        return alerts;
    }

    private List<AlertType> unknownAge() {
        if (!raised.claim(config.accountId(), AlertType.API_KEY_ROTATION_DUE,
                KeyRotationAlertRepository.NOT_CONFIGURED)) {
            return List.of();
        }
        LOG.warnf("%s is not set: the age of the Alpaca keys is unknown", KeyRotation.PROPERTY);
        events.alert(config.accountId(), null, null, AlertType.API_KEY_ROTATION_DUE, Priority.WARNING,
                "Alpaca API key age unknown: keys-issued-on not configured",
                KeyRotation.PROPERTY + " is not set, so nobody is told when the Alpaca keys of " + config.accountId()
                        + " are due for rotation (every " + KeyRotation.ROTATE_EVERY_DAYS
                        + " days) and the go-live gate fails its key-age criterion. Set it to the day the key pair "
                        + "was issued.",
                Map.of("keysIssuedOn", KeyRotationAlertRepository.NOT_CONFIGURED));
        return List.of(AlertType.API_KEY_ROTATION_DUE);
    }

    private void raise(AlertType type, Priority priority, String subject, String message, LocalDate issuedOn,
            long age) {
        LOG.warnf("%s: %s", type, subject);
        events.alert(config.accountId(), null, null, type, priority, subject, message,
                Map.of("keysIssuedOn", issuedOn.toString(), "keyAgeDays", String.valueOf(age),
                        "rotateEveryDays", String.valueOf(KeyRotation.ROTATE_EVERY_DAYS)));
    }
}

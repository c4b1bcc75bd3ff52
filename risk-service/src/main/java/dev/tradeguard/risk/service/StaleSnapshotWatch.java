package dev.tradeguard.risk.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.risk.config.LimitsResolver;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.repository.AccountStateRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * Fail closed, loudly: while the market is open and the latest event of any kind on {@code positions} for an account
 * (snapshot, position change, market-data status) is older than the staleness window, the checks deny every order;
 * this raises one STALE_DATA alert per episode so a person finds out why.
 */
@ApplicationScoped
public class StaleSnapshotWatch {
    private final Set<String> alerted = ConcurrentHashMap.newKeySet();

    @Inject
    LimitsResolver limits;

    @Inject
    AccountStateRepository accounts;

    @Inject
    RiskAlerts alerts;

    @Inject
    Clock clock;

    @Scheduled(every = "30s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        check(clock.instant());
    }

    @Transactional
    public void check(Instant now) {
        for (String account : limits.accounts()) {
            Duration window = limits.forAccount(account).snapshotStaleAfter();
            AccountState state = accounts.find(account).orElse(null);
            boolean stale = state == null || (state.marketOpen()
                    && Duration.between(state.heardAt(), now).compareTo(window) > 0);
            if (!stale) {
                alerted.remove(account);
            } else if (state != null && alerted.add(account)) {
                alerts.raise(account, AlertType.STALE_DATA, AlertType.STALE_DATA.defaultPriority(),
                        "No account data for " + account + " since " + state.heardAt(),
                        "The market is open and the last event on positions for " + account + " is older than " + window
                                + ": risk-service approves nothing until execution-service reports again.");
            }
        }
    }
}

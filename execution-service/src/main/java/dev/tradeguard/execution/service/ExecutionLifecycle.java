package dev.tradeguard.execution.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.ConfigVerification;
import dev.tradeguard.model.TradingState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Start-up: verify the broker configuration; only if it passes, seed the book from the broker (the start-up snapshot),
 * resolve orders left SUBMITTING by the previous process, re-assert a HALT (no order may be open while halted),
 * subscribe to trade updates and start the market-data stream.
 */
@ApplicationScoped
public class ExecutionLifecycle {
    private static final Logger LOG = Logger.getLogger(ExecutionLifecycle.class);

    @Inject
    Clock clock;

    @Inject
    ExecutionConfig config;

    @Inject
    ConfigVerifier verifier;

    @Inject
    RecoveryService recovery;

    @Inject
    TradingStateService tradingStates;

    @Inject
    KillSwitchService killSwitch;

    @Inject
    Broker broker;

    @Inject
    TradeUpdateService tradeUpdates;

    @Inject
    SnapshotService snapshots;

    @Inject
    MarketDataService marketData;

    void start(@Observes StartupEvent event) {
        // The ledger stamps claims with the Clock: a row claimed before this start is from a previous run.
        Instant started = clock.instant();
        ConfigVerification verification = verifier.verify();
        if (!verification.passed()) {
            LOG.errorf("execution-service stays NOT READY: %s", verification.failures());
            return;
        }
        try {
            // The start-up state: the book is seeded from the broker and published as a snapshot. First, because
            // recovery may send an order left unsent, and the daily-loss guard refuses entries it cannot value.
            snapshots.publish();
        } catch (BrokerException | RuntimeException e) {
            LOG.errorf("Start-up snapshot failed (%s): entries are refused until a reconciliation succeeds",
                    e.getMessage());
        }
        try {
            recovery.resolveSubmitting(started);
            tradingStates.find(config.accountId()).filter(known -> known.state() == TradingState.HALTED)
                    .ifPresent(halted -> killSwitch.execute("kill-switch:startup",
                            "HALTED at start-up: " + halted.reason(), false));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Start-up recovery failed; the scheduled recovery retries");
        }
        if (config.stream().enabled()) {
            broker.startTradeUpdates(tradeUpdates);
        }
        marketData.start();
    }

    void stop(@Observes ShutdownEvent event) {
        marketData.stop();
        broker.stopTradeUpdates();
    }
}

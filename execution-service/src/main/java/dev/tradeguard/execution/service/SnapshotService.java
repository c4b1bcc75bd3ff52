package dev.tradeguard.execution.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerAccount;
import dev.tradeguard.execution.domain.BrokerClock;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.BrokerPosition;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.TradingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes the account, its positions and the market clock on {@code positions}: after every fill (coalesced: a burst
 * of fills gives one snapshot), every {@code snapshots.interval} while the market is open, and on request.
 */
@ApplicationScoped
public class SnapshotService {
    private static final Logger LOG = Logger.getLogger(SnapshotService.class);

    @Inject
    Broker broker;

    @Inject
    ExecutionEvents events;

    @Inject
    ExecutionConfig config;

    @Inject
    ConfigVerifier verifier;

    @Inject
    Clock clock;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "positions-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    /** Reads the account now and publishes it; the snapshot published. */
    public AccountSnapshot publish() throws BrokerException {
        BrokerAccount account = broker.account();
        List<BrokerPosition> positions = broker.positions();
        BrokerClock marketClock = broker.clock();
        AccountSnapshot snapshot = new AccountSnapshot(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION,
                config.accountId(), null, clock.instant(), null, account.equity(), account.lastEquity(),
                account.cash(), account.buyingPower(),
                positions.stream().map(p -> new PositionSnapshot(p.symbol(), p.quantity(), p.avgEntryPrice(),
                        p.currentPrice(), p.marketValue(), p.costBasis(), p.unrealizedPl(), p.unrealizedPlPct()))
                        .toList(),
                new MarketClock(marketClock.open(), marketClock.nextOpen(), marketClock.nextClose(),
                        marketClock.timestamp()));
        QuarkusTransaction.requiringNew().run(() -> events.publish(Topics.POSITIONS, snapshot));
        return snapshot;
    }

    /** Asks for a snapshot soon, off the caller's thread; requests that arrive meanwhile share it. */
    public void requestSoon() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(() -> {
                pending.set(false);
                try {
                    publish();
                } catch (BrokerException | RuntimeException e) {
                    LOG.warnf("Positions snapshot after a fill failed: %s", e.getMessage());
                }
            });
        }
    }

    @Scheduled(every = "${tradeguard.execution.snapshots.interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void whileMarketOpen() {
        if (!verifier.current().passed()) {
            return;
        }
        try {
            if (broker.clock().open()) {
                publish();
            }
        } catch (BrokerException | RuntimeException e) {
            LOG.warnf("Scheduled positions snapshot failed: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

package dev.tradeguard.execution.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

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
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.platform.concurrent.DaemonThreads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The reconciliation: reads the account, its positions and the market clock from the broker's REST API, compares them
 * with the streamed book ({@link BookService}), raises RECONCILIATION_MISMATCH naming every difference, lets the
 * broker's answer replace the book, and publishes it as an {@link AccountSnapshot} on {@code positions} together with
 * the market-data status. It runs at start-up, every {@code snapshots.interval} while the market is open, on request
 * (POST /positions/snapshot), and soon after a fill the book could not account for.
 */
@ApplicationScoped
public class SnapshotService {
    private static final Logger LOG = Logger.getLogger(SnapshotService.class);
    /** A disagreement is read again once a fill arrives, or after this long: a fill may be on its way on the stream. */
    private static final Duration RECHECK_AFTER = Duration.ofMillis(300);

    @Inject
    Broker broker;

    @Inject
    ExecutionEvents events;

    @Inject
    ExecutionConfig config;

    @Inject
    ConfigVerifier verifier;

    @Inject
    BookService book;

    @Inject
    MarketDataService marketData;

    @Inject
    Clock clock;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            DaemonThreads.named("positions-reconciliation"));
    private final AtomicBoolean pending = new AtomicBoolean();

    private record BrokerView(BrokerAccount account, List<BrokerPosition> positions, BrokerClock clock) {
    }

    /** Reconciles now and publishes the broker's answer; the snapshot published. */
    public synchronized AccountSnapshot publish() throws BrokerException {
        long fillsBefore = book.fillsApplied();
        BrokerView view = read();
        List<String> differences = book.differences(view.account(), view.positions());
        if (!differences.isEmpty()) {
            book.awaitFillAfter(fillsBefore, RECHECK_AFTER);
            view = read();
            differences = book.differences(view.account(), view.positions());
        }
        book.replace(view.account(), view.positions(), view.clock());
        BrokerAccount account = view.account();
        BrokerClock marketClock = view.clock();
        AccountSnapshot snapshot = new AccountSnapshot(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION,
                config.accountId(), null, clock.instant(), null, account.equity(), account.lastEquity(),
                account.cash(), account.buyingPower(),
                view.positions().stream().map(p -> new PositionSnapshot(p.symbol(), p.quantity(), p.avgEntryPrice(),
                        p.currentPrice(), p.marketValue(), p.costBasis(), p.unrealizedPl(), p.unrealizedPlPct()))
                        .toList(),
                new MarketClock(marketClock.open(), marketClock.nextOpen(), marketClock.nextClose(),
                        marketClock.timestamp()),
                config.alpaca().keysIssuedOn().orElse(null));
        List<String> mismatch = differences;
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(Topics.POSITIONS, snapshot);
            if (!mismatch.isEmpty()) {
                alertMismatch(mismatch);
            }
        });
        marketData.publishStatus();
        return snapshot;
    }

    /** The broker's answer, read again (up to twice) if a fill moved the book meanwhile, so neither misses it. */
    private BrokerView read() throws BrokerException {
        BrokerView view = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            long fills = book.fillsApplied();
            view = new BrokerView(broker.account(), broker.positions(), broker.clock());
            if (book.fillsApplied() == fills) {
                break;
            }
        }
        return view;
    }

    private void alertMismatch(List<String> differences) {
        String all = String.join("; ", differences);
        LOG.errorf("RECONCILIATION MISMATCH on %s, the broker's answer replaces the book: %s", config.accountId(),
                all);
        String symbols = differences.stream().map(line -> line.substring(0, line.indexOf(' ')))
                .filter(word -> !word.endsWith(":")).distinct().collect(Collectors.joining(","));
        events.alert(config.accountId(), null, null, AlertType.RECONCILIATION_MISMATCH,
                AlertType.RECONCILIATION_MISMATCH.defaultPriority(),
                "Streamed book disagrees with the broker on " + config.accountId(),
                "Reconciliation found the streamed book different from the broker's REST answer: " + all
                        + ". The broker's answer replaced the book.",
                Map.of("differences", all.length() > 1000 ? all.substring(0, 1000) : all, "symbols", symbols));
    }

    /** Reconciles soon, off the caller's thread; requests that arrive meanwhile share it. */
    public void reconcileSoon() {
        if (pending.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    pending.set(false);
                    try {
                        publish();
                    } catch (BrokerException | RuntimeException e) {
                        LOG.warnf("Reconciliation failed: %s", e.getMessage());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pending.set(false);
            }
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
            LOG.warnf("Scheduled reconciliation failed: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

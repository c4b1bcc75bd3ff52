package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.Broker.StreamState;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.LastTrade;
import dev.tradeguard.execution.messaging.PositionsEmitter;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.platform.concurrent.DaemonThreads;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The market-data side of the book: which symbols stream (every symbol held or with a working order), trades into the
 * book, and whether prices are fresh. Stale means, while the market is open by the broker's latest clock: the
 * connection is down, or a held symbol had no message (trade or quote) for {@code marks.stale-after}. Each transition
 * is published as a {@link MarketDataStatus}; the turn to stale also raises one STALE_DATA alert per episode.
 */
@ApplicationScoped
public class MarketDataService implements Broker.MarketDataListener {
    private static final Logger LOG = Logger.getLogger(MarketDataService.class);

    @Inject
    ExecutionConfig config;

    @Inject
    Broker broker;

    @Inject
    BookService book;

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    PositionsEmitter emitter;

    @Inject
    ExecutionEvents events;

    @Inject
    ExecutionMetrics metrics;

    @Inject
    Clock clock;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("market-data-freshness"));
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    /** Wall-clock time of the last message per symbol (or when it started to be wanted: its grace). */
    private final Map<String, Instant> lastMessage = new ConcurrentHashMap<>();
    private volatile Instant lastAnyMessage;
    private volatile String disconnectedBecause = "not connected yet";
    private volatile MarketDataStatus status;
    private volatile boolean started;
    private volatile Instant startedAt;
    private volatile boolean everConnected;
    /** Since when the stream has been without a connection (start-up counts); null while connected. */
    private volatile Instant downSince;

    /** Starts streaming and the freshness watch; the book must have been seeded (or tried) before. */
    public synchronized void start() {
        if (started || !config.marks().enabled()) {
            return;
        }
        started = true;
        startedAt = clock.instant();
        downSince = startedAt;
        metrics.marketDataFresh(() -> status == null || Boolean.TRUE.equals(status.fresh()));
        broker.startMarketData(this);
        refreshSubscriptions();
        long period = Math.max(50, Math.min(1000, config.marks().staleAfter().toMillis() / 5));
        worker.scheduleWithFixedDelay(this::evaluateSafely, period, period, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        broker.stopMarketData();
    }

    @PreDestroy
    void shutdown() {
        worker.shutdownNow();
    }

    @Override
    public void onTrade(String symbol, BigDecimal price, Instant tradedAt) {
        seen(symbol);
        book.onTrade(symbol, price, tradedAt);
    }

    /**
     * Values newly subscribed symbols at their last trade, read through REST after the server confirmed the
     * subscription: a position opened just before, or a reconnect, would otherwise keep the fill's price until the
     * next trade prints — and a crash printed in that gap would never reach the daily-loss guard. Not proof the feed
     * is alive (that stays the stream's messages); the book's time order keeps a newer streamed trade.
     */
    @Override
    public void onSubscribed(Set<String> symbols) {
        valueAtLastTrade(symbols, "on subscribing");
    }

    /**
     * Soon, off the caller's thread: values {@code symbols} at their last trade read through REST now. For a fill
     * just booked: a trade streamed while the fill was being recorded found the symbol not yet held and moved nothing,
     * so the book would keep the fill's price until the next trade.
     */
    public void valueAtLastTrade(Set<String> symbols, String why) {
        execute(() -> {
            for (String symbol : symbols) {
                try {
                    LastTrade last = broker.lastTrade(symbol);
                    book.onTrade(symbol, last.price(), last.at());
                } catch (BrokerException | RuntimeException e) {
                    LOG.warnf("Last trade of %s not read %s (%s): its mark waits for the next trade", symbol, why,
                            e.getMessage());
                }
            }
        });
    }

    @Override
    public void onQuote(String symbol) {
        seen(symbol);
    }

    private void seen(String symbol) {
        Instant now = clock.instant();
        lastMessage.put(symbol, now);
        lastAnyMessage = now;
    }

    @Override
    public void onConnected() {
        everConnected = true;
        downSince = null;
        // Every wanted symbol gets a full window from the (re)connection to its first message.
        Instant now = clock.instant();
        lastMessage.replaceAll((symbol, at) -> at.isBefore(now) ? now : at);
        execute(this::evaluateSafely);
    }

    @Override
    public void onDisconnected(String why) {
        disconnectedBecause = why;
        if (downSince == null) {
            downSince = clock.instant();
        }
        execute(this::evaluateSafely);
    }

    /**
     * How long the stream has been down, if it is: readiness goes DOWN only past the staleness window, so a
     * reconnect blip does not flap it (liveness never looks at it: a restart cannot bring a network back).
     */
    public java.util.Optional<Duration> downFor() {
        Instant since = downSince;
        return since == null || !started ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.between(since, clock.instant()));
    }

    /** The latest published status (null before the first). */
    public MarketDataStatus status() {
        return status;
    }

    /** Recomputes the wanted symbols (book + working orders) soon, off the caller's thread; requests coalesce. */
    public void refreshSubscriptions() {
        if (!started || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        execute(() -> {
            refreshPending.set(false);
            try {
                Set<String> wanted = new TreeSet<>(book.heldSymbols());
                wanted.addAll(ledger.workingSymbols());
                Instant now = clock.instant();
                wanted.forEach(symbol -> lastMessage.putIfAbsent(symbol, now));
                lastMessage.keySet().retainAll(wanted);
                broker.streamSymbols(wanted);
            } catch (RuntimeException e) {
                LOG.warnf("market-data subscriptions not refreshed: %s", e.getMessage());
            }
        });
    }

    /** Publishes the freshness now (with each reconciliation); null during the start-up window, before any. */
    public MarketDataStatus publishStatus() {
        return evaluate(true);
    }

    private void evaluateSafely() {
        try {
            evaluate(false);
        } catch (RuntimeException e) {
            LOG.warnf("market-data freshness check failed: %s", e.getMessage());
        }
    }

    private synchronized MarketDataStatus evaluate(boolean publishAlways) {
        if (!started && config.marks().enabled()) {
            return status;
        }
        Instant now = clock.instant();
        boolean connected = broker.marketDataState() == StreamState.SUBSCRIBED;
        boolean open = book.marketOpen();
        List<String> stale = new ArrayList<>();
        String reason = null;
        if (!config.marks().enabled()) {
            reason = open ? "the market-data stream is disabled (tradeguard.execution.marks.enabled=false)" : null;
        } else if (open && !connected && !everConnected && startedAt != null
                && Duration.between(startedAt, now).compareTo(config.marks().staleAfter()) <= 0) {
            // Start-up: the first connection gets one window before its absence counts as stale.
            return status;
        } else if (open && !connected) {
            reason = "market-data connection down: " + disconnectedBecause;
        } else if (open) {
            Duration window = config.marks().staleAfter();
            for (String symbol : book.heldSymbols()) {
                Instant last = lastMessage.get(symbol);
                if (last == null || Duration.between(last, now).compareTo(window) > 0) {
                    stale.add(symbol);
                }
            }
            if (!stale.isEmpty()) {
                reason = "no market data for " + String.join(", ", stale) + " for more than " + window
                        + " while the market is open";
            }
        }
        boolean fresh = reason == null;
        MarketDataStatus previous = status;
        MarketDataStatus next = new MarketDataStatus(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION,
                config.accountId(), null, now, null, fresh, connected, List.copyOf(stale),
                reason == null ? null : truncate(reason), lastAnyMessage);
        boolean changed = previous == null || previous.fresh() != fresh;
        if (changed || publishAlways) {
            status = next;
            emitter.send(next);
        }
        if (changed && !fresh) {
            LOG.warnf("Prices STALE on %s: %s", config.accountId(), reason);
            QuarkusTransaction.requiringNew().run(() -> events.alert(config.accountId(), null, null,
                    AlertType.STALE_DATA, AlertType.STALE_DATA.defaultPriority(),
                    "Market data stale on " + config.accountId(), next.reason() + ". Risk approves nothing new for"
                            + " the account until prices are fresh again.",
                    Map.of("connected", String.valueOf(connected), "staleSymbols", String.join(",", stale))));
        } else if (changed && previous != null) {
            LOG.infof("Prices fresh again on %s", config.accountId());
        }
        return status;
    }

    private static String truncate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    private void execute(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("market-data service stopped");
        }
    }
}

package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.BrokerAccount;
import dev.tradeguard.execution.domain.BrokerClock;
import dev.tradeguard.execution.domain.BrokerPosition;
import dev.tradeguard.execution.domain.DailyLossGuard;
import dev.tradeguard.execution.domain.PositionBook;
import dev.tradeguard.execution.domain.PositionBook.FillOutcome;
import dev.tradeguard.execution.domain.PositionBook.Holding;
import dev.tradeguard.execution.messaging.PositionsEmitter;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.platform.concurrent.DaemonThreads;

/**
 * The streamed book of the account (one {@link PositionBook} behind one lock) and the {@link PositionChanged} events
 * it publishes. Every change re-evaluates the daily-loss guard before anything is published, so a placement that
 * reads the guard after a tick has been processed sees that tick.
 */
@ApplicationScoped
public class BookService {
    private static final Logger LOG = Logger.getLogger(BookService.class);

    @Inject
    ExecutionConfig config;

    @Inject
    Clock clock;

    @Inject
    ExecutionEvents events;

    @Inject
    PositionsEmitter emitter;

    @Inject
    SelfGuardService guard;

    @Inject
    MarketDataService marketData;

    @Inject
    SnapshotService snapshots;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final PositionBook book = new PositionBook();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("marks-coalescer"));
    private MarkCoalescer coalescer;
    private Instant lastOccurredAt = Instant.EPOCH;
    private final java.util.concurrent.atomic.AtomicLong fillsApplied = new java.util.concurrent.atomic.AtomicLong();

    @PostConstruct
    void init() {
        coalescer = new MarkCoalescer(config.marks().coalesceInterval(), timer, this::publishTick);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** Replaces the book with the broker's answer (start-up, reconciliation). */
    public void replace(BrokerAccount account, List<BrokerPosition> positions, BrokerClock marketClock) {
        synchronized (book) {
            book.replace(account, positions, marketClock, clock.instant());
            guard.update(valuation(null));
        }
        marketData.refreshSubscriptions();
    }

    /** What differs between the book and the broker's answer (see {@link PositionBook#differences}). */
    public List<String> differences(BrokerAccount account, List<BrokerPosition> positions) {
        synchronized (book) {
            return book.seeded() ? book.differences(account, positions, config.snapshots().equityTolerancePct())
                    : List.of();
        }
    }

    /** A trade on the market-data stream: revalue, re-evaluate the guard, then publish (coalesced). */
    public void onTrade(String symbol, BigDecimal price, Instant tradedAt) {
        Instant at = tradedAt != null ? tradedAt : clock.instant();
        boolean moved;
        synchronized (book) {
            moved = book.tick(symbol, price, at);
            if (!moved) {
                LOG.debugf("trade %s %s at %s moves nothing (not held, or older than the mark)", symbol, price, at);
            } else {
                guard.update(valuation(new DailyLossGuard.Mark(symbol, price, at)));
            }
        }
        if (moved) {
            coalescer.offer(symbol);
        }
    }

    private void publishTick(String symbol) {
        PositionChanged change;
        synchronized (book) {
            change = book.holding(symbol).map(held -> change(PositionChangeCause.TICK, held)).orElse(null);
        }
        if (change != null) {
            emitter.send(change);
        }
    }

    /**
     * A fill recorded in the caller's transaction: the book moves now and its {@link PositionChanged} goes into the
     * same transaction's outbox, so it is published exactly when the fill's order update is, across crashes too (a
     * fill is state we persist; a tick is not). A rollback, or a fill that does not add up with the broker's position
     * quantity, asks for a reconciliation, whose broker answer replaces the book.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onFill(String symbol, String brokerSide, BigDecimal quantity, BigDecimal price,
            BigDecimal positionAfter, Instant at) {
        PositionChanged change;
        FillOutcome outcome;
        synchronized (book) {
            outcome = book.fill(symbol, "buy".equalsIgnoreCase(brokerSide), quantity, price, positionAfter, at);
            fillsApplied.incrementAndGet();
            book.notifyAll();
            change = book.holding(symbol).map(held -> change(PositionChangeCause.FILL, held))
                    .orElseGet(() -> closed(symbol, price, at));
            guard.update(valuation(new DailyLossGuard.Mark(symbol, price, at)));
        }
        if (outcome == FillOutcome.INCONSISTENT) {
            LOG.warnf("Fill of %s %s %s does not add up with the broker's position %s: reconciling", brokerSide,
                    quantity.toPlainString(), symbol, positionAfter);
        }
        events.publish(Topics.POSITIONS, change);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED || outcome == FillOutcome.INCONSISTENT) {
                    snapshots.reconcileSoon();
                } else if (quantity(symbol).signum() != 0) {
                    marketData.valueAtLastTrade(Set.of(symbol), "after a fill");
                }
                marketData.refreshSubscriptions();
            }
        });
    }

    /** How many fills the book has taken: a reconciliation reads the broker again if it moved while reading. */
    public long fillsApplied() {
        return fillsApplied.get();
    }

    /**
     * Waits until the book has taken a fill after {@code seen} (a {@link #fillsApplied()} reading), at most
     * {@code max}; true if one came. A reconciliation that disagrees with the broker gives a fill already at the
     * broker this long to arrive on the stream before calling the disagreement real.
     */
    public boolean awaitFillAfter(long seen, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (book) {
            try {
                for (long left = max.toNanos(); fillsApplied.get() == seen && left > 0;
                        left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(book, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fillsApplied.get() != seen;
        }
    }

    public boolean seeded() {
        synchronized (book) {
            return book.seeded();
        }
    }

    public BigDecimal quantity(String symbol) {
        synchronized (book) {
            return book.quantity(symbol);
        }
    }

    /** The symbols of every open position. */
    public Set<String> heldSymbols() {
        synchronized (book) {
            return book.symbols();
        }
    }

    public boolean marketOpen() {
        synchronized (book) {
            return book.marketOpen();
        }
    }

    public BigDecimal equity() {
        synchronized (book) {
            return book.equity();
        }
    }

    private DailyLossGuard valuation(DailyLossGuard.Mark mark) {
        return book.seeded()
                ? DailyLossGuard.evaluate(book.equity(), book.lastEquity(), config.guard().maxDailyLossPct(), mark)
                : DailyLossGuard.unknown(config.guard().maxDailyLossPct());
    }

    private PositionChanged change(PositionChangeCause cause, Holding held) {
        return new PositionChanged(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, config.accountId(), null,
                nextOccurredAt(), null, cause, held.symbol(), held.quantity(), held.avgEntryPrice(), held.price(),
                held.priceAt(), held.marketValue(), held.costBasis(), held.unrealizedPl(), held.unrealizedPlPct(),
                book.equity(), book.lastEquity(), book.cash(), book.buyingPower(), book.openPositions(),
                book.marketOpen());
    }

    private PositionChanged closed(String symbol, BigDecimal price, Instant at) {
        return new PositionChanged(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, config.accountId(), null,
                nextOccurredAt(), null, PositionChangeCause.FILL, symbol, BigDecimal.ZERO, null, price, at,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, book.equity(), book.lastEquity(),
                book.cash(), book.buyingPower(), book.openPositions(), book.marketOpen());
    }

    /** Strictly increasing under the book's lock, so "not older than what you hold" orders a consumer's changes. */
    private Instant nextOccurredAt() {
        Instant now = clock.instant();
        lastOccurredAt = now.isAfter(lastOccurredAt) ? now : lastOccurredAt.plusNanos(1_000);
        return lastOccurredAt;
    }
}

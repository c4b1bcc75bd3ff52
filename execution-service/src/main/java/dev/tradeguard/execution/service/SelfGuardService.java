package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.DailyLossGuard;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.OrderGate;
import dev.tradeguard.execution.domain.Refusal;
import dev.tradeguard.execution.domain.RefusalReason;
import dev.tradeguard.execution.repository.AuditLogRepository;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.platform.concurrent.DaemonThreads;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * execution-service's own daily-loss guard (fail closed, independent of risk-service's HALTED). {@link BookService}
 * sets the state on every change of the book, under the book's lock and before it publishes anything; placement
 * reads it (a volatile) immediately before and after each POST. On the transition into breach every working entry is
 * cancelled at once, on this service's own thread (never the market-data thread), without waiting for risk-service.
 * Exits (orders that shrink a position, stop and take-profit legs) are never touched.
 */
@ApplicationScoped
public class SelfGuardService {
    private static final Logger LOG = Logger.getLogger(SelfGuardService.class);
    public static final String ACTOR = "daily-loss-guard";

    @Inject
    ExecutionConfig config;

    @Inject
    Broker broker;

    @Inject
    BookService book;

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    OrderLedgerService ledgerService;

    @Inject
    ExecutionEvents events;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("daily-loss-guard"));
    private volatile DailyLossGuard state;

    @PostConstruct
    void init() {
        state = DailyLossGuard.unknown(config.guard().maxDailyLossPct());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    public DailyLossGuard state() {
        return state;
    }

    /** The book's latest valuation; acts on a transition into breach (cancel entries) or out of it (re-armed). */
    void update(DailyLossGuard next) {
        DailyLossGuard previous = state;
        state = next;
        if (next.breached() && !previous.breached()) {
            LOG.errorf("DAILY-LOSS GUARD breached on %s: %s; no new entry leaves, working entries are cancelled",
                    config.accountId(), next.describe());
            execute(() -> breached(next));
        } else if (!next.breached() && previous.breached() && next.known()) {
            LOG.warnf("Daily-loss guard re-armed on %s: %s", config.accountId(), next.describe());
            execute(() -> QuarkusTransaction.requiringNew()
                    .run(() -> auditLog.record(ACTOR, "DAILY_LOSS_GUARD_REARMED", next.describe())));
        }
    }

    /**
     * The guard's refusal of {@code order}, if any: an order that opens or grows a position is refused while the
     * guard is breached, or while the book cannot be valued yet (fail closed). Exits always pass.
     */
    public Optional<Refusal> refusal(ApprovedOrder order) {
        BigDecimal position = book.quantity(order.symbol());
        if (OrderGate.shrinksPosition(order.side(), order.quantity(), position)) {
            return Optional.empty();
        }
        DailyLossGuard now = state;
        if (!now.known()) {
            return Optional.of(new Refusal(RefusalReason.CHECK_UNAVAILABLE,
                    "the daily-loss guard cannot value the account: " + now.describe()));
        }
        if (now.breached()) {
            return Optional.of(new Refusal(RefusalReason.DAILY_LOSS_GUARD, now.describe()));
        }
        return Optional.empty();
    }

    /** Cancels every working entry that would open or grow a position; audits and alerts, naming the mark. */
    void breached(DailyLossGuard breach) {
        List<String> cancelled = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String detail = "daily-loss guard: " + breach.describe();
        for (LedgerEntry entry : ledger.workingEntries()) {
            BigDecimal remaining = entry.quantity().subtract(entry.filledQuantity() == null ? BigDecimal.ZERO
                    : entry.filledQuantity());
            if (OrderGate.shrinksPosition(Side.valueOf(entry.side()), remaining, book.quantity(entry.symbol()))) {
                continue;
            }
            try {
                broker.cancel(entry.brokerOrderId());
                cancelled.add(entry.brokerOrderId());
                ledgerService.note(entry.approvedOrderId(), entry.brokerOrderId(), "DAILY_LOSS_GUARD",
                        "cancelled: " + detail, null, null, null);
            } catch (BrokerException | RuntimeException e) {
                // Typically filled or cancelled meanwhile; the stream brings its final status.
                failed.add(entry.brokerOrderId() + " (" + e.getMessage() + ")");
            }
        }
        String summary = cancelled.size() + " working entry order(s) cancelled" + (failed.isEmpty() ? ""
                : "; not cancelled: " + String.join(", ", failed));
        DailyLossGuard.Mark mark = breach.mark();
        Map<String, String> details = mark == null
                ? Map.of("cancelledOrders", String.valueOf(cancelled.size()))
                : Map.of("cancelledOrders", String.valueOf(cancelled.size()), "symbol", mark.symbol(), "price",
                        mark.price().toPlainString(), "markAt", String.valueOf(mark.at()));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                auditLog.record(ACTOR, "DAILY_LOSS_GUARD_BREACHED", detail + ": " + summary);
                events.alert(config.accountId(), null, null, AlertType.DAILY_LOSS_LIMIT, Priority.EMERGENCY,
                        "Daily-loss guard: execution-service stopped new entries on " + config.accountId(),
                        "execution-service's own valuation breached the daily-loss limit: " + breach.describe()
                                + ". " + summary + ". Exits still go out; entries are refused until the book is back"
                                + " above the limit.",
                        details);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Daily-loss guard audit/alert failed (%s)", summary);
        }
        LOG.errorf("DAILY-LOSS GUARD on %s: %s", config.accountId(), summary);
    }

    private void execute(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("daily-loss guard stopped");
        }
    }
}

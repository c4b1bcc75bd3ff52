package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.domain.BrokerTradeUpdate;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerState;
import dev.tradeguard.execution.repository.BrokerOrderRecord;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.TradingEvent;

/**
 * Turns one trade update (from the stream or from REST reconciliation) into ledger changes and one event on
 * {@code fills}, exactly once: a fill is new only if the order's cumulative filled quantity grew, any other event only
 * if the order's status changed. The broker order's row is locked, so stream and reconciliation cannot both publish.
 */
@ApplicationScoped
public class TradeUpdateRecorder {
    private static final Logger LOG = Logger.getLogger(TradeUpdateRecorder.class);

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    OrderLedgerService ledgerService;

    @Inject
    ExecutionEvents events;

    @Inject
    ExecutionMetrics metrics;

    @Inject
    ExecutionConfig config;

    @Inject
    BookService book;

    @Inject
    Clock clock;

    /** What {@link #record} did with an update. */
    public enum Outcome {
        /** Seen before, or not an event we publish. */
        DUPLICATE,
        PUBLISHED,
        /** A new fill was published (and its PositionChanged with it). */
        FILL_PUBLISHED
    }

    @Transactional
    public Outcome record(BrokerTradeUpdate update, String source) {
        BrokerOrder order = update.order();
        OrderEventType event = eventType(update.event());
        if (event == null) {
            LOG.debugf("ignoring trade update event %s", update.event());
            return Outcome.DUPLICATE;
        }
        BrokerOrderRecord known = knownOrRegister(order);
        boolean isFill = event == OrderEventType.FILL || event == OrderEventType.PARTIAL_FILL;
        BigDecimal previous = known.filledQuantity() == null ? BigDecimal.ZERO : known.filledQuantity();
        BigDecimal cumulative = order.filledQuantity();
        if (isFill && cumulative.compareTo(previous) <= 0) {
            return Outcome.DUPLICATE;
        }
        if (!isFill && (order.status().equals(known.status()) || terminal(known.status()))) {
            return Outcome.DUPLICATE;
        }
        BigDecimal fillQuantity = isFill ? cumulative.subtract(previous) : null;
        BigDecimal fillPrice = isFill ? (update.price() != null ? update.price()
                : fillPrice(previous, known.filledAvgPrice(), cumulative, order.filledAvgPrice())) : null;
        ledger.updateBrokerOrder(order.id(), order.status(), cumulative, order.filledAvgPrice());

        UUID approvedOrderId = known.approvedOrderId();
        Optional<LedgerEntry> entry = approvedOrderId == null ? Optional.empty() : ledger.find(approvedOrderId);
        String ledgerState = entry.map(LedgerEntry::state).orElse(null);
        if (entry.isPresent() && OrderLedgerService.ROLE_ENTRY.equals(known.role())) {
            LedgerState state = LedgerState.fromBrokerStatus(order.status());
            ledger.updateState(approvedOrderId, state, order.id(), order.status(), cumulative, order.filledAvgPrice(),
                    null, clock.instant());
            ledgerState = state.name();
            count(event);
        }
        ledger.addStatusChange(approvedOrderId, order.id(), ledgerState, event.name(), order.status(), cumulative,
                fillQuantity, fillPrice, source, OrderLedgerService.ROLE_ENTRY.equals(known.role()) ? null
                        : known.role().toLowerCase(Locale.ROOT) + " order");
        Side side = entry.isPresent() && OrderLedgerService.ROLE_ENTRY.equals(known.role())
                ? Side.valueOf(entry.get().side()) : ExecutionEvents.sideOf(order.side(), null);
        Instant at = update.timestamp() != null ? update.timestamp() : clock.instant();
        events.orderUpdate(new OrderUpdate(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION,
                entry.map(LedgerEntry::accountId).orElse(config.accountId()), entry.map(LedgerEntry::strategy)
                        .orElse(null), clock.instant(), entry.map(LedgerEntry::correlationId).orElse(null),
                approvedOrderId, order.clientOrderId(), order.id(), event, order.symbol(), side,
                ExecutionEvents.typeOf(order.type()), order.status(), positiveOrNull(order.quantity()), cumulative,
                positiveOrNull(order.filledAvgPrice()), order.limitPrice(), order.stopPrice(), fillQuantity,
                fillPrice, isFill ? (update.positionQuantity() != null ? update.positionQuantity()
                        : BigDecimal.ZERO) : update.positionQuantity(), at));
        if (isFill && fillPrice != null) {
            book.onFill(order.symbol(), order.side(), fillQuantity, fillPrice, update.positionQuantity(), at);
        } else if (isFill) {
            LOG.warnf("Fill of %s without a price: the book waits for the next reconciliation", order.id());
        }
        if ("STREAM".equals(source)) {
            ledger.advanceCursor(config.accountId(), at);
        }
        return isFill ? Outcome.FILL_PUBLISHED : Outcome.PUBLISHED;
    }

    /**
     * Locks the order's ledger row (when it has one) and then its broker_order row, registering the order the first
     * time it is seen. Always the ledger row first, as {@link OrderLedgerService#submitted} does, so the stream and the
     * submit path cannot deadlock.
     */
    private BrokerOrderRecord knownOrRegister(BrokerOrder order) {
        Optional<BrokerOrderRecord> seen = ledger.findBrokerOrder(order.id());
        Optional<LedgerEntry> entry = seen.isPresent()
                ? Optional.ofNullable(seen.get().approvedOrderId()).flatMap(ledger::findForUpdate)
                : Optional.ofNullable(order.clientOrderId()).flatMap(ledger::findByClientOrderId)
                        .flatMap(found -> ledger.findForUpdate(found.approvedOrderId()));
        if (entry.isPresent() && (seen.isEmpty() || !order.legs().isEmpty())) {
            // The stream can be faster than the answer to our POST: link the broker id to the claimed entry now.
            ledgerService.registerWithLegs(order, entry.get().approvedOrderId());
        } else if (seen.isEmpty()) {
            ledger.registerBrokerOrder(order.id(), null, order.clientOrderId(), OrderLedgerService.ROLE_EXTERNAL,
                    order.symbol(), order.side());
        }
        return ledger.findBrokerOrderForUpdate(order.id()).orElseThrow();
    }

    private void count(OrderEventType event) {
        switch (event) {
            case FILL -> metrics.order("filled", "BROKER");
            case CANCELED -> metrics.order("cancelled", "BROKER");
            case EXPIRED -> metrics.order("expired", "BROKER");
            case REJECTED -> metrics.order("rejected", "BROKER");
            default -> {
            }
        }
    }

    static OrderEventType eventType(String event) {
        if (event == null) {
            return null;
        }
        try {
            return OrderEventType.valueOf(event.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean terminal(String status) {
        return switch (status) {
            case "filled", "canceled", "expired", "rejected", "replaced", "done_for_day" -> true;
            default -> false;
        };
    }

    /**
     * The price of the shares filled between two reads of an order: (new avg × new qty − old avg × old qty) / delta.
     * REST has no per-fill price, so a fill found by reconciliation is priced this way.
     */
    static BigDecimal fillPrice(BigDecimal previousQty, BigDecimal previousAvg, BigDecimal newQty, BigDecimal newAvg) {
        if (newAvg == null) {
            return null;
        }
        BigDecimal before = previousAvg == null ? BigDecimal.ZERO : previousAvg.multiply(previousQty);
        BigDecimal delta = newQty.subtract(previousQty);
        return newAvg.multiply(newQty).subtract(before).divide(delta, MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}

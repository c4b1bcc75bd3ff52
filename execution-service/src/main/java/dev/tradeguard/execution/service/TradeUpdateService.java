package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.domain.BrokerPosition;
import dev.tradeguard.execution.domain.BrokerTradeUpdate;
import dev.tradeguard.execution.repository.OrderLedgerRepository;

/**
 * Listens to the trade_updates stream and, after every (re)connection, reconciles through REST: every order we last saw
 * open, and every order submitted since the last event the stream delivered, is read back and recorded, so an update
 * missed while the stream was down is still published (once: {@link TradeUpdateRecorder} drops what it has seen).
 */
@ApplicationScoped
public class TradeUpdateService implements Broker.TradeUpdateListener {
    private static final Logger LOG = Logger.getLogger(TradeUpdateService.class);
    public static final String STREAM = "STREAM";
    public static final String RECONCILE = "RECONCILE";
    /** Orders submitted this long before the last event seen are read again on reconciliation: clocks differ. */
    private static final Duration CURSOR_OVERLAP = Duration.ofMinutes(5);

    @Inject
    Broker broker;

    @Inject
    TradeUpdateRecorder recorder;

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    MarketDataService marketData;

    @Inject
    ExecutionConfig config;

    @Override
    public void onTradeUpdate(BrokerTradeUpdate update) {
        // One PositionChanged per fill travels with the fill itself (TradeUpdateRecorder), not a whole snapshot.
        if (recorder.record(update, STREAM) != TradeUpdateRecorder.Outcome.DUPLICATE) {
            marketData.refreshSubscriptions();
        }
    }

    @Override
    public void onSubscribed(boolean reconnect) {
        try {
            int published = reconcile();
            if (published > 0) {
                LOG.warnf("Reconciliation after %s published %d update(s) the stream had not delivered",
                        reconnect ? "a reconnect" : "start-up", published);
            }
        } catch (BrokerException | RuntimeException e) {
            LOG.errorf("Reconciliation failed (%s); it runs again on the next reconnect", e.getMessage());
        }
    }

    /** Reads back every order that may have changed unseen; returns how many updates were published. */
    public synchronized int reconcile() throws BrokerException {
        Map<String, BigDecimal> positions = new HashMap<>();
        for (BrokerPosition position : broker.positions()) {
            positions.put(position.symbol(), position.quantity());
        }
        Map<String, BrokerOrder> toCheck = new HashMap<>();
        for (String id : ledger.openBrokerOrderIds()) {
            broker.order(id).ifPresent(order -> toCheck.put(order.id(), order));
        }
        Optional<Instant> cursor = ledger.cursor(config.accountId());
        List<BrokerOrder> recent = broker.ordersSubmittedAfter(cursor.map(at -> at.minus(CURSOR_OVERLAP)).orElse(null),
                500);
        recent.forEach(order -> toCheck.putIfAbsent(order.id(), order));
        int published = 0;
        for (BrokerOrder order : toCheck.values()) {
            for (BrokerOrder one : withLegs(order)) {
                BrokerTradeUpdate update = new BrokerTradeUpdate(eventFor(one.status()), one.updatedAt(), null,
                        positions.getOrDefault(one.symbol(), BigDecimal.ZERO), one);
                if (update.event() != null) {
                    TradeUpdateRecorder.Outcome outcome = recorder.record(update, RECONCILE);
                    published += outcome == TradeUpdateRecorder.Outcome.DUPLICATE ? 0 : 1;
                }
            }
        }
        if (published > 0) {
            marketData.refreshSubscriptions();
        }
        return published;
    }

    private static List<BrokerOrder> withLegs(BrokerOrder order) {
        List<BrokerOrder> all = new java.util.ArrayList<>();
        all.add(order);
        all.addAll(order.legs());
        return all;
    }

    /** The trade_updates event an order's current status stands for. */
    static String eventFor(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "filled" -> "fill";
            case "partially_filled" -> "partial_fill";
            case "canceled", "expired", "rejected", "replaced", "done_for_day", "pending_cancel", "pending_replace",
                    "pending_new", "stopped", "suspended", "calculated" -> status;
            case "new", "accepted", "held", "accepted_for_bidding" -> "new";
            default -> null;
        };
    }
}

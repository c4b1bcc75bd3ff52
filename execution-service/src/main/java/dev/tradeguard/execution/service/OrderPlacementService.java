package dev.tradeguard.execution.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.domain.BrokerPosition;
import dev.tradeguard.execution.domain.ClientOrderIds;
import dev.tradeguard.execution.domain.ConfigVerification;
import dev.tradeguard.execution.domain.KnownTradingState;
import dev.tradeguard.execution.domain.OrderGate;
import dev.tradeguard.execution.domain.OrderSubmission;
import dev.tradeguard.execution.domain.Refusal;
import dev.tradeguard.execution.domain.RefusalReason;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.ApprovedOrder;

/**
 * Places approved orders, at most once each (BRIEF invariant 1): claim in the ledger and commit, run the last checks,
 * submit with the deterministic client order id, and resolve any unclear answer by looking the order up by that id,
 * never by posting again blind.
 */
@ApplicationScoped
public class OrderPlacementService {
    private static final Logger LOG = Logger.getLogger(OrderPlacementService.class);

    @Inject
    ExecutionConfig config;

    @Inject
    Broker broker;

    @Inject
    OrderLedgerService ledger;

    @Inject
    TradingStateService tradingStates;

    @Inject
    ConfigVerifier verifier;

    @Inject
    ExecutionMetrics metrics;

    @Inject
    SelfGuardService selfGuard;

    @Inject
    MarketDataService marketData;

    @Inject
    Clock clock;

    public void place(ApprovedOrder order) {
        String clientOrderId = ClientOrderIds.of(order.orderId());
        if (!ledger.claim(order, clientOrderId)) {
            LOG.infof("Approved order %s was seen before: nothing sent again", order.orderId());
            metrics.order("duplicate", "REDELIVERY");
            return;
        }
        checkAndSubmit(order, clientOrderId);
    }

    /** Runs the checks for a claimed order, then submits it or records the refusal. */
    void checkAndSubmit(ApprovedOrder order, String clientOrderId) {
        Optional<Refusal> refusal = check(order);
        if (refusal.isPresent()) {
            ledger.refuse(order, clientOrderId, refusal.get());
            return;
        }
        submit(order, clientOrderId, submission(order, clientOrderId), true);
    }

    Optional<Refusal> check(ApprovedOrder order) {
        ConfigVerification verification = verifier.current();
        if (!verification.passed()) {
            return Optional.of(new Refusal(RefusalReason.CONFIG_NOT_VERIFIED, verification.failures()));
        }
        if (!config.accountId().equals(order.accountId())) {
            return Optional.of(new Refusal(RefusalReason.WRONG_ACCOUNT, "this execution-service trades "
                    + config.accountId() + ", not " + order.accountId()));
        }
        Optional<Refusal> expired = OrderGate.expiry(order, clock.instant());
        if (expired.isPresent()) {
            return expired;
        }
        Optional<KnownTradingState> known = tradingStates.find(order.accountId());
        BigDecimal position = BigDecimal.ZERO;
        if (known.isPresent() && known.get().state() == TradingState.REDUCING) {
            try {
                position = positionIn(order.symbol());
            } catch (BrokerException e) {
                return Optional.of(new Refusal(RefusalReason.CHECK_UNAVAILABLE,
                        "trading is REDUCING and the position in " + order.symbol() + " could not be read: "
                                + e.getMessage()));
            }
        }
        Optional<Refusal> gated = OrderGate.tradingState(order, known, position);
        if (gated.isPresent()) {
            return gated;
        }
        if (order.limitPrice() != null) {
            try {
                return OrderGate.slippage(order, broker.lastTrade(order.symbol()).price(), config.maxSlippagePct());
            } catch (BrokerException e) {
                return Optional.of(new Refusal(RefusalReason.CHECK_UNAVAILABLE,
                        "the last price of " + order.symbol() + " could not be read: " + e.getMessage()));
            }
        }
        return Optional.empty();
    }

    private BigDecimal positionIn(String symbol) throws BrokerException {
        return broker.positions().stream().filter(p -> p.symbol().equals(symbol)).map(BrokerPosition::quantity)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    /**
     * A limit entry at the approved price unless USE_LIMIT_ORDERS=false (or no price was approved). Orders that open a
     * position carry their stop: a bracket with take profit, else a one-triggers-other with the stop alone.
     */
    public OrderSubmission submission(ApprovedOrder order, String clientOrderId) {
        OrderType type = config.useLimitOrders() && order.limitPrice() != null ? OrderType.LIMIT : OrderType.MARKET;
        OrderClass orderClass = order.orderClass();
        if (order.opensPosition()) {
            orderClass = order.takeProfit() != null ? OrderClass.BRACKET : OrderClass.OTO;
        } else if (orderClass == OrderClass.BRACKET && (order.takeProfit() == null || order.stopLoss() == null)) {
            orderClass = OrderClass.SIMPLE;
        }
        return new OrderSubmission(clientOrderId, order.symbol(), order.side(), order.quantity(), type, orderClass,
                order.timeInForce(), type == OrderType.LIMIT ? order.limitPrice() : null, order.stopLoss(),
                order.takeProfit(), order.extendedHours());
    }

    private void submit(ApprovedOrder order, String clientOrderId, OrderSubmission submission,
            boolean mayResubmitAfterNotFound) {
        // The last check before the POST reads the guard the market-data thread sets before it publishes a mark.
        Optional<Refusal> guarded = selfGuard.refusal(order);
        if (guarded.isPresent()) {
            ledger.refuse(order, clientOrderId, guarded.get());
            return;
        }
        long started = System.nanoTime();
        try {
            BrokerOrder placed = broker.submit(submission);
            metrics.submitLatency(Duration.ofNanos(System.nanoTime() - started));
            ledger.submitted(order.orderId(), placed, "SUBMIT", "accepted by the broker as " + placed.status());
            LOG.infof("SUBMITTED %s %s %s x%s as %s (%s)", order.accountId(), order.side(), order.symbol(),
                    order.quantity().toPlainString(), placed.id(), clientOrderId);
            marketData.refreshSubscriptions();
            cancelIfHaltedMeanwhile(order, placed.id());
        } catch (BrokerException e) {
            metrics.submitLatency(Duration.ofNanos(System.nanoTime() - started));
            if (e.kind() == BrokerException.Kind.REJECTED) {
                ledger.rejected(order, clientOrderId, e.getMessage());
                return;
            }
            LOG.warnf("Submit of %s unclear (%s): looking it up by client order id", clientOrderId, e.getMessage());
            resolve(order, clientOrderId, submission, e, mayResubmitAfterNotFound);
        }
    }

    private void resolve(ApprovedOrder order, String clientOrderId, OrderSubmission submission,
            BrokerException cause, boolean mayResubmitAfterNotFound) {
        Optional<BrokerOrder> found;
        try {
            found = broker.orderByClientId(clientOrderId);
        } catch (BrokerException lookup) {
            ledger.unresolved(order, clientOrderId, "submit: " + cause.getMessage() + "; lookup: "
                    + lookup.getMessage());
            return;
        }
        if (found.isPresent()) {
            ledger.submitted(order.orderId(), found.get(), "LOOKUP",
                    "submit answered '" + cause.getMessage() + "'; found by client order id");
            cancelIfHaltedMeanwhile(order, found.get().id());
        } else if (mayResubmitAfterNotFound && cause.kind() != BrokerException.Kind.DUPLICATE_CLIENT_ORDER_ID) {
            // The broker says no order has this client id, and it refuses a second order with the same id, so sending
            // it once more with the same id cannot create a duplicate.
            LOG.infof("%s is not at the broker (404): sending it again with the same client order id", clientOrderId);
            submit(order, clientOrderId, submission, false);
        } else {
            ledger.unresolved(order, clientOrderId, "submit: " + cause.getMessage()
                    + "; not found by client order id");
        }
    }

    /**
     * A HALT, or a daily-loss guard breach, that arrived while the order was in flight still wins: the order is
     * cancelled at once (the guard's own sweep may not have seen it yet: it was not SUBMITTED when the sweep ran).
     */
    private void cancelIfHaltedMeanwhile(ApprovedOrder order, String brokerOrderId) {
        Optional<Refusal> guarded = selfGuard.refusal(order);
        if (guarded.isPresent() && guarded.get().reason() == RefusalReason.DAILY_LOSS_GUARD) {
            try {
                broker.cancel(brokerOrderId);
                ledger.note(order.orderId(), brokerOrderId, "DAILY_LOSS_GUARD",
                        "cancelled right after submission: " + guarded.get().message(), AlertType.DAILY_LOSS_LIMIT,
                        Priority.EMERGENCY, "Order cancelled by the daily-loss guard: " + order.symbol());
            } catch (BrokerException e) {
                ledger.note(order.orderId(), brokerOrderId, "DAILY_LOSS_GUARD",
                        "the daily-loss guard breached while the order was in flight and cancelling it failed: "
                                + e.getMessage(), AlertType.EXECUTION_FAILURE, Priority.EMERGENCY,
                        "Order live after daily-loss breach: " + order.symbol());
            }
            return;
        }
        Optional<KnownTradingState> now = tradingStates.find(order.accountId());
        if (now.isPresent() && now.get().state() == TradingState.HALTED) {
            try {
                broker.cancel(brokerOrderId);
                ledger.note(order.orderId(), brokerOrderId, "KILL_SWITCH",
                        "cancelled right after submission: trading was HALTED meanwhile", AlertType.TRADING_HALTED,
                        Priority.CRITICAL, "Order cancelled after HALT: " + order.symbol());
            } catch (BrokerException e) {
                ledger.note(order.orderId(), brokerOrderId, "KILL_SWITCH",
                        "trading was HALTED while the order was in flight and cancelling it failed: " + e.getMessage(),
                        AlertType.EXECUTION_FAILURE, Priority.EMERGENCY, "Order live after HALT: " + order.symbol());
            }
        }
    }

    /** Crash recovery: a claimed order whose submit outcome was never recorded. */
    public void recover(ApprovedOrder order, String clientOrderId) {
        Optional<BrokerOrder> found;
        try {
            found = broker.orderByClientId(clientOrderId);
        } catch (BrokerException e) {
            ledger.unresolved(order, clientOrderId, "recovery lookup: " + e.getMessage());
            return;
        }
        if (found.isPresent()) {
            ledger.submitted(order.orderId(), found.get(), "RECOVERY",
                    "found by client order id after a restart; it was sent before the crash");
        } else {
            LOG.infof("Recovery: %s never reached the broker; checking it again before sending", clientOrderId);
            checkAndSubmit(order, clientOrderId);
        }
    }
}

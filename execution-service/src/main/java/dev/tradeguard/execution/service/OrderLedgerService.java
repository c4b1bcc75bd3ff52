package dev.tradeguard.execution.service;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerState;
import dev.tradeguard.execution.domain.Refusal;
import dev.tradeguard.execution.domain.RefusalReason;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.event.ApprovedOrder;

/**
 * Every change of the order ledger, each in its own transaction together with the events it causes (outbox). The claim
 * commits before the broker is called; everything after it records what the broker said.
 */
@ApplicationScoped
public class OrderLedgerService {
    private static final Logger LOG = Logger.getLogger(OrderLedgerService.class);
    public static final String ROLE_ENTRY = "ENTRY";
    public static final String ROLE_LEG = "LEG";
    public static final String ROLE_EXTERNAL = "EXTERNAL";

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    ExecutionEvents events;

    @Inject
    ExecutionMetrics metrics;

    @Inject
    Clock clock;

    /** True the first time this approved order id is seen; a redelivery or a replay gets false and does nothing. */
    @Transactional
    public boolean claim(ApprovedOrder order, String clientOrderId) {
        boolean claimed = ledger.claim(order, clientOrderId);
        if (claimed) {
            ledger.addStatusChange(order.orderId(), null, LedgerState.SUBMITTING.name(), null, null, null, null, null,
                    "SERVICE", "claimed " + clientOrderId + " before calling the broker");
        }
        return claimed;
    }

    @Transactional
    public void refuse(ApprovedOrder order, String clientOrderId, Refusal refusal) {
        ledger.updateState(order.orderId(), LedgerState.REFUSED, null, null, null, null, refusal.orderStatus(),
                clock.instant());
        ledger.addStatusChange(order.orderId(), null, LedgerState.REFUSED.name(), "REJECTED", null, null, null, null,
                "SERVICE", refusal.orderStatus());
        events.orderUpdate(events.refused(order, clientOrderId, refusal));
        boolean configProblem = refusal.reason() == RefusalReason.CONFIG_NOT_VERIFIED
                || refusal.reason() == RefusalReason.CHECK_UNAVAILABLE;
        AlertType type = configProblem ? AlertType.EXECUTION_FAILURE : AlertType.ORDER_DENIED;
        events.alert(order.accountId(), order.strategy(), order.correlationId(), type, type.defaultPriority(),
                "Order refused: " + order.side() + " " + order.quantity().toPlainString() + " " + order.symbol() + " ("
                        + refusal.reason() + ")",
                "execution-service did not send approved order " + order.orderId() + ": " + refusal.message(),
                Map.of("orderId", order.orderId().toString(), "clientOrderId", clientOrderId, "symbol",
                        order.symbol(), "reason", refusal.reason().name()));
        metrics.order("refused", refusal.reason().name());
        LOG.warnf("REFUSED %s %s %s x%s: %s", order.accountId(), order.side(), order.symbol(),
                order.quantity().toPlainString(), refusal.orderStatus());
    }

    /**
     * Records the broker's order for a claimed entry. The stream may have told us about it first (it can be faster
     * than the POST's answer), so an entry that already has a broker id keeps its state.
     */
    @Transactional
    public void submitted(UUID approvedOrderId, BrokerOrder order, String source, String detail) {
        LedgerEntry entry = ledger.findForUpdate(approvedOrderId).orElseThrow();
        registerWithLegs(order, approvedOrderId);
        if (entry.brokerOrderId() == null || LedgerState.valueOf(entry.state()) == LedgerState.SUBMITTING) {
            LedgerState state = LedgerState.fromBrokerStatus(order.status());
            ledger.updateState(approvedOrderId, state, order.id(), order.status(), null, null, null, clock.instant());
            ledger.addStatusChange(approvedOrderId, order.id(), state.name(), null, order.status(),
                    order.filledQuantity(), null, null, source, detail);
        } else {
            ledger.addStatusChange(approvedOrderId, order.id(), entry.state(), null, order.status(),
                    order.filledQuantity(), null, null, source, detail == null ? "broker confirmed" : detail);
        }
        metrics.order("submitted", source);
    }

    public void registerWithLegs(BrokerOrder order, UUID approvedOrderId) {
        ledger.registerBrokerOrder(order.id(), approvedOrderId, order.clientOrderId(), ROLE_ENTRY, order.symbol(),
                order.side());
        for (BrokerOrder leg : order.legs()) {
            ledger.registerBrokerOrder(leg.id(), approvedOrderId, leg.clientOrderId(), ROLE_LEG, leg.symbol(),
                    leg.side());
        }
    }

    @Transactional
    public void rejected(ApprovedOrder order, String clientOrderId, String message) {
        ledger.updateState(order.orderId(), LedgerState.REJECTED, null, "rejected", null, null,
                "rejected by broker: " + message, clock.instant());
        ledger.addStatusChange(order.orderId(), null, LedgerState.REJECTED.name(), "REJECTED", "rejected", null, null,
                null, "SUBMIT", message);
        events.orderUpdate(events.brokerRejected(order, clientOrderId, message));
        events.alert(order.accountId(), order.strategy(), order.correlationId(), AlertType.EXECUTION_FAILURE,
                Priority.HIGH, "Broker rejected " + order.side() + " " + order.symbol(),
                "The broker refused approved order " + order.orderId() + ": " + message,
                Map.of("orderId", order.orderId().toString(), "clientOrderId", clientOrderId, "symbol",
                        order.symbol()));
        metrics.order("rejected", "BROKER");
    }

    /** The submit's outcome is unknown and could not be resolved now; the row stays SUBMITTING for recovery. */
    @Transactional
    public void unresolved(ApprovedOrder order, String clientOrderId, String message) {
        ledger.noteUnresolved(order.orderId(), "unresolved: " + message, clock.instant());
        ledger.addStatusChange(order.orderId(), null, LedgerState.SUBMITTING.name(), null, null, null, null, null,
                "SUBMIT", "unresolved: " + message);
        events.alert(order.accountId(), order.strategy(), order.correlationId(), AlertType.EXECUTION_FAILURE,
                Priority.CRITICAL, "Order state unknown: " + order.side() + " " + order.symbol(),
                "Approved order " + order.orderId() + " (client order id " + clientOrderId + ") may or may not be at "
                        + "the broker: " + message + ". It is not re-sent blindly; recovery keeps looking it up by "
                        + "client order id.",
                Map.of("orderId", order.orderId().toString(), "clientOrderId", clientOrderId));
        metrics.order("unresolved", "UNCERTAIN");
    }

    /** A note in the order's history (timeout cancel, post-halt cancel…), with an alert when {@code alert} is set. */
    @Transactional
    public void note(UUID approvedOrderId, String brokerOrderId, String source, String detail, AlertType alert,
            Priority priority, String subject) {
        LedgerEntry entry = ledger.find(approvedOrderId).orElseThrow();
        ledger.addStatusChange(approvedOrderId, brokerOrderId, entry.state(), null, null, null, null, null, source,
                detail);
        if (alert != null) {
            events.alert(entry.accountId(), entry.strategy(), entry.correlationId(), alert, priority, subject, detail,
                    Map.of("orderId", approvedOrderId.toString(), "clientOrderId", entry.clientOrderId(),
                            "brokerOrderId", brokerOrderId == null ? "" : brokerOrderId, "symbol", entry.symbol()));
        }
    }
}

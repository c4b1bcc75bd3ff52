package dev.tradeguard.execution.service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.repository.AuditLogRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.TradingStateChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The broker side of the kill switch (BRIEF invariant 3): on HALTED, cancel every open order (DELETE /v2/orders) and,
 * when asked, close every position (DELETE /v2/positions?cancel_orders=true); then check the account really has no
 * open order (and is flat), and publish the outcome as an alert. The emergency REST endpoints run the same routine.
 */
@ApplicationScoped
public class KillSwitchService {
    private static final Logger LOG = Logger.getLogger(KillSwitchService.class);
    /** A halt whose reason contains this tag also closes every position. */
    public static final String FLATTEN_TAG = "#flatten";

    @Inject
    ExecutionConfig config;

    @Inject
    Broker broker;

    @Inject
    ExecutionEvents events;

    @Inject
    AuditLogRepository auditLog;

    @RegisterForReflection
    public record Outcome(boolean closePositions, List<String> cancelledOrders, List<String> closedPositions,
            int openOrdersAfter, int positionsAfter, boolean verified, String error) {
    }

    /** Acts on a trading-state change that is now in force for this instance's account. */
    public void onTradingState(TradingStateChanged change) {
        if (change.state() != TradingState.HALTED || !config.accountId().equals(change.accountId())) {
            return;
        }
        boolean close = config.killSwitch().closePositionsOnHalt()
                || change.reason().toLowerCase(Locale.ROOT).contains(FLATTEN_TAG);
        execute("kill-switch:" + change.changedBy(), "HALTED: " + change.reason(), close);
    }

    /** Cancels all open orders (and closes all positions when {@code closePositions}), verifies, audits, alerts. */
    public Outcome execute(String actor, String why, boolean closePositions) {
        LOG.errorf("KILL SWITCH on %s by %s (%s): cancelling all orders%s", config.accountId(), actor, why,
                closePositions ? " and closing all positions" : "");
        List<String> cancelled = List.of();
        List<String> closed = List.of();
        String error = null;
        try {
            cancelled = broker.cancelAll();
            if (closePositions) {
                closed = broker.closeAll();
            }
        } catch (BrokerException e) {
            error = e.getMessage();
        }
        int openOrders = -1;
        int positions = -1;
        // Elapsed wall time, not the Clock: a replay's frozen clock must not keep the verification waiting forever.
        long deadline = System.nanoTime() + config.killSwitch().verifyTimeout().toNanos();
        while (true) {
            try {
                List<BrokerOrder> open = broker.openOrders();
                openOrders = open.size();
                positions = closePositions ? broker.positions().size() : -1;
                if (openOrders == 0 && (!closePositions || positions == 0)) {
                    break;
                }
            } catch (BrokerException e) {
                error = error == null ? e.getMessage() : error + "; " + e.getMessage();
            }
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            pause(Duration.ofMillis(250));
        }
        boolean verified = openOrders == 0 && (!closePositions || positions == 0);
        Outcome outcome = new Outcome(closePositions, cancelled, closed, openOrders, positions, verified, error);
        record(actor, why, outcome);
        return outcome;
    }

    private void record(String actor, String why, Outcome outcome) {
        String summary = outcome.cancelledOrders().size() + " order(s) cancelled"
                + (outcome.closePositions() ? ", " + outcome.closedPositions().size() + " position(s) closed" : "")
                + "; open orders now " + outcome.openOrdersAfter()
                + (outcome.closePositions() ? ", positions now " + outcome.positionsAfter() : "")
                + (outcome.error() == null ? "" : "; errors: " + outcome.error());
        QuarkusTransaction.requiringNew().run(() -> {
            auditLog.record(actor, outcome.closePositions() ? "KILL_SWITCH_CLOSE_ALL" : "KILL_SWITCH_CANCEL_ALL",
                    why + ": " + summary);
            alert(outcome, why, summary);
        });
        if (outcome.verified()) {
            LOG.errorf("KILL SWITCH done on %s: %s", config.accountId(), summary);
        } else {
            LOG.errorf("KILL SWITCH NOT VERIFIED on %s: %s", config.accountId(), summary);
        }
    }

    private void alert(Outcome outcome, String why, String summary) {
        String account = config.accountId();
        if (outcome.verified()) {
            events.alert(account, null, null, AlertType.TRADING_HALTED, Priority.EMERGENCY,
                    "Kill switch executed on " + account + (outcome.closePositions() ? ": account flat" : ""),
                    why + ". " + summary + ".", Map.of("cancelledOrders", String.valueOf(outcome.cancelledOrders()
                            .size()), "closedPositions", String.valueOf(outcome.closedPositions().size())));
        } else {
            events.alert(account, null, null, AlertType.RECONCILIATION_MISMATCH, Priority.EMERGENCY,
                    "Kill switch NOT verified on " + account,
                    why + ". " + summary + ". Check the broker account by hand now.",
                    Map.of("openOrders", String.valueOf(outcome.openOrdersAfter()), "positions",
                            String.valueOf(outcome.positionsAfter())));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.tradeguard.execution.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import io.quarkus.scheduler.Scheduled;

/**
 * ORDER_TIMEOUT_MINUTES: an entry order still working that long after submission is cancelled. The cancellation is
 * published twice over: an alert now, and the broker's {@code canceled} trade update on {@code fills}.
 */
@ApplicationScoped
public class OrderTimeoutService {
    private static final Logger LOG = Logger.getLogger(OrderTimeoutService.class);

    @Inject
    ExecutionConfig config;

    @Inject
    Broker broker;

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    OrderLedgerService ledgerService;

    @Inject
    ExecutionMetrics metrics;

    @Inject
    Clock clock;

    @Scheduled(every = "${tradeguard.execution.order-timeout-check:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        cancelStale(clock.instant());
    }

    /** Cancels every entry order submitted more than ORDER_TIMEOUT_MINUTES before {@code now}; their broker ids. */
    public List<String> cancelStale(Instant now) {
        Duration timeout = Duration.ofMinutes(config.orderTimeoutMinutes());
        List<String> cancelled = new ArrayList<>();
        for (LedgerEntry entry : ledger.workingSubmittedBefore(now.minus(timeout))) {
            String detail = "unfilled " + Duration.between(entry.submittedAt(), now).toMinutes()
                    + " minutes after submission (ORDER_TIMEOUT_MINUTES=" + config.orderTimeoutMinutes()
                    + "): cancelled";
            try {
                broker.cancel(entry.brokerOrderId());
                cancelled.add(entry.brokerOrderId());
                ledgerService.note(entry.approvedOrderId(), entry.brokerOrderId(), "TIMEOUT", detail,
                        AlertType.EXECUTION_FAILURE, Priority.WARNING,
                        "Order timed out: " + entry.side() + " " + entry.quantity().toPlainString() + " "
                                + entry.symbol());
                metrics.order("timed_out", "ORDER_TIMEOUT");
                LOG.warnf("Order %s (%s) %s", entry.brokerOrderId(), entry.clientOrderId(), detail);
            } catch (BrokerException e) {
                // Typically filled or cancelled meanwhile; the stream or reconciliation brings the final status.
                LOG.warnf("Timeout cancel of %s failed: %s", entry.brokerOrderId(), e.getMessage());
            }
        }
        return cancelled;
    }
}

package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.awaitUpdates;
import static dev.tradeguard.execution.ExecutionFixtures.clientOrderId;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static dev.tradeguard.execution.ExecutionFixtures.spyBuy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.FreshBrokerTestBase;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerStatusChange;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.OrderUpdate;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrderPlacementTest extends FreshBrokerTestBase {
    @Inject
    MeterRegistry meters;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @BeforeEach
    void spyTradesAt501() {
        BrokerSimulator.setPrice("SPY", "501.00");
    }

    double duplicates() {
        return meters.counter(ExecutionMetrics.ORDERS, "outcome", "duplicate", "reason", "REDELIVERY").count();
    }

    @Test
    void theSameApprovedOrderDeliveredTwiceBecomesOneOrderAtTheBroker() {
        ApprovedOrder order = spyBuy(10);
        double before = duplicates();

        send(order);
        send(order);

        await().atMost(Duration.ofSeconds(45)).until(() -> duplicates() >= before + 1);
        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "SUBMITTED");
        assertNotNull(entry.brokerOrderId());
        assertEquals(1, BrokerSimulator.orderRequests(clientOrderId(order)));
    }

    @Test
    void aBrokerThatAcceptsAndThenAnswers500IsResolvedByClientIdWithOneOrder() {
        BrokerSimulator.faults("{\"accept_then_fail_next_orders\":1}");
        ApprovedOrder order = spyBuy(5);

        send(order);

        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "SUBMITTED");
        assertNotNull(entry.brokerOrderId());
        assertEquals(1, BrokerSimulator.orderRequests(clientOrderId(order)), "never re-posted");
        List<LedgerStatusChange> history = ledger.history(order.orderId());
        assertTrue(history.stream().anyMatch(change -> "LOOKUP".equals(change.source())
                && change.detail().contains("found by client order id")), history.toString());
    }

    @Test
    void anExpiredApprovalIsRefusedWithItsReasonAndNeverReachesTheBroker() {
        Instant approvedAt = Instant.now().minusSeconds(7200);
        ApprovedOrder order = ExecutionFixtures.order(Side.BUY, 3, "500.00", "480.00", "520.00", approvedAt,
                approvedAt.plusSeconds(1800));

        send(order);

        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "REFUSED");
        assertTrue(entry.reason().startsWith("refused: APPROVAL_EXPIRED: the approval expired at"), entry.reason());
        OrderUpdate update = awaitUpdates(order.orderId(), "REJECTED", 1).get(0);
        assertTrue(update.orderStatus().startsWith("refused: APPROVAL_EXPIRED"), update.orderStatus());
        assertTrue(update.validate().isEmpty(), "consumers accept it: " + update.validate());
        assertTrue(awaitAlerts(order.orderId().toString(), 1).get(0).subject().contains("APPROVAL_EXPIRED"));
        assertEquals(0, BrokerSimulator.orderRequests(clientOrderId(order)));
    }

    @Test
    void aPriceBeyondMaxSlippageFromTheApprovedEntryIsRefused() {
        BrokerSimulator.setPrice("SPY", "510.00");
        ApprovedOrder order = spyBuy(2);

        send(order);

        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "REFUSED");
        assertEquals("refused: SLIPPAGE_EXCEEDED: SPY last traded at 510, 2.00% from the approved entry 500.00;"
                + " MAX_SLIPPAGE_PCT is 0.50%", entry.reason());
        assertEquals(0, BrokerSimulator.orderRequests(clientOrderId(order)));
    }

    @Test
    void reducingRefusesAnOrderThatWouldGrowThePosition() {
        ExecutionFixtures.tradingState(tradingStates, TradingState.REDUCING, "reduce " + UUID.randomUUID());
        ApprovedOrder order = spyBuy(2);

        send(order);

        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "REFUSED");
        assertTrue(entry.reason().startsWith("refused: TRADING_REDUCING"), entry.reason());
    }

    @Test
    void theBrokersRefusalIsRecordedAndPublished() {
        ApprovedOrder order = spyBuy(100_000);

        send(order);

        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "REJECTED");
        assertTrue(entry.reason().contains("insufficient buying power"), entry.reason());
        OrderUpdate update = awaitUpdates(order.orderId(), "REJECTED", 1).get(0);
        assertTrue(update.orderStatus().startsWith("rejected by broker"), update.orderStatus());
    }

    @Test
    void noKeyEverReachesAnEvent() throws Exception {
        ApprovedOrder order = spyBuy(1);
        send(order);
        awaitLedger(ledger, order.orderId(), "SUBMITTED");

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) AS total, count(*) FILTER (WHERE"
                        + " payload LIKE ? OR payload LIKE ?) AS leaking FROM outbox_event")) {
            statement.setString(1, "%" + BrokerSimulator.KEY_ID + "%");
            statement.setString(2, "%" + BrokerSimulator.SECRET_KEY + "%");
            try (var row = statement.executeQuery()) {
                row.next();
                assertTrue(row.getInt("total") > 0);
                assertEquals(0, row.getInt("leaking"));
            }
        }
    }
}

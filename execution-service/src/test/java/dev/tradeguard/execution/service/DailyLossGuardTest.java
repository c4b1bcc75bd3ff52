package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.clientOrderId;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.domain.BrokerOrder;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.repository.AuditLogRepository;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 15 item 4: execution-service's own daily-loss guard, on its own valuation and independent of risk-service's
 * HALTED (the trading state stays ACTIVE throughout).
 */
@QuarkusTest
class DailyLossGuardTest extends FreshActiveAccountBase {
    @Inject
    SelfGuardService guard;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    BookService book;

    @BeforeEach
    void marketDataStreaming() {
        awaitMarketDataSubscribed();
    }

    @AfterEach
    void freshAccountForTheNextTest() throws Exception {
        BrokerSimulator.resumeMarketData(); // a test may have paused it
        ExecutionFixtures.freshAccount(snapshots);
        await().atMost(Duration.ofSeconds(10)).until(() -> !guard.state().breached());
    }

    private static ApprovedOrder order(String symbol, Side side, int quantity, String limit, String stop,
            String target) {
        return ExecutionFixtures.order(symbol, side, quantity, limit, stop, target, Instant.now(),
                Instant.now().plusSeconds(1800));
    }

    @Test
    void onABreachWorkingEntriesAreCancelledAtOnceAndLegsAndExitsAreNot() throws Exception {
        // 100 SPY at 500 (half the 100,000 account), its stop and target legs far away.
        ApprovedOrder held = order("SPY", Side.BUY, 100, "500.00", "400.00", "600.00");
        send(held);
        awaitLedger(ledger, held.orderId(), "FILLED");
        // A working entry in IWM: a buy limit under the market.
        BrokerSimulator.setPrice("IWM", "200.00");
        ApprovedOrder workingEntry = order("IWM", Side.BUY, 10, "199.50", "180.00", "220.00");
        send(workingEntry);
        LedgerEntry entry = awaitLedger(ledger, workingEntry.orderId(), "SUBMITTED");
        Set<String> legs = broker.orderByClientId(clientOrderId(held)).orElseThrow().legs().stream()
                .map(BrokerOrder::id).collect(Collectors.toSet());
        assertEquals(2, legs.size());

        // 100 × (500 − 479) = 2,100 lost: equity 97,900 is −2.10 % of the last close's 100,000.
        Instant breachAt = Instant.now();
        BrokerSimulator.setPrice("SPY", "479.00");

        awaitLedger(ledger, workingEntry.orderId(), "CANCELED");
        assertTrue(guard.state().breached());
        Set<String> open = broker.openOrders().stream().map(BrokerOrder::id).collect(Collectors.toSet());
        assertFalse(open.contains(entry.brokerOrderId()));
        assertTrue(open.containsAll(legs), "the stop and target legs keep working: " + open);
        Alert alert = awaitAlerts("Daily-loss guard", 1).stream()
                .filter(a -> a.occurredAt().isAfter(breachAt) && "SPY".equals(a.details().get("symbol"))
                        && "479".equals(a.details().get("price")))
                .findFirst().orElseThrow();
        assertTrue(alert.message().contains("equity 97,900.00 is -2.10 % vs last close 100,000.00;"
                + " MAX_DAILY_LOSS_PCT 2.00 %"), alert.message());
        assertTrue(alert.message().contains("1 working entry order(s) cancelled"), alert.message());
        await().atMost(Duration.ofSeconds(10)).until(() -> auditLog.actions("DAILY_LOSS_GUARD_BREACHED").stream()
                .anyMatch(line -> line.contains("mark SPY 479")));
        assertEquals(TradingState.ACTIVE, tradingStates.find(ExecutionFixtures.ACCOUNT).orElseThrow().state(),
                "the guard acted without risk-service's HALTED");
    }

    /**
     * Alpaca streams the trades printed after it confirmed a subscription, never the last one before it: a crash that
     * prints while the stream is down (or before a new position's symbol is subscribed) is read through REST once the
     * subscription is confirmed, and trips the guard without waiting for another trade.
     */
    @Test
    void aCrashPrintedWhileTheMarketDataStreamIsDownTripsTheGuardOnResubscribingWithoutAnotherTrade()
            throws Exception {
        holdStreamedSpy(100);
        assertFalse(guard.state().breached());
        crashSpyUnstreamed();
        assertTrue(BrokerSimulator.dropMarketData() >= 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> guard.state().breached());
        await().atMost(Duration.ofSeconds(10)).until(() -> auditLog.actions("DAILY_LOSS_GUARD_BREACHED")
                .stream().anyMatch(line -> line.contains("mark SPY 479")));
    }

    /**
     * A trade that streams while its symbol's fill is still being recorded finds the symbol not held and moves
     * nothing; the booked fill is then valued at its last trade (REST), not left at the fill's price.
     */
    @Test
    void aFillBookedAfterTheMarketMovedIsValuedAtTheLastTradeAndTripsTheGuard() throws Exception {
        // One share held keeps SPY subscribed, so the fill below brings no new subscription (and no read with it).
        holdStreamedSpy(1);
        crashSpyUnstreamed();
        // 100 more bought at 500: cash 49,500 and 101 shares, at 479 an equity of 97,879 (−2.12 %, the limit 2 %).
        QuarkusTransaction.requiringNew().run(() -> book.onFill("SPY", "buy", new BigDecimal("100"),
                new BigDecimal("500"), null, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> book.equity().compareTo(new BigDecimal("97879")) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> guard.state().breached());
    }

    /** {@code shares} SPY bought at 500 (stop and target far away), in the book and streaming. */
    private void holdStreamedSpy(int shares) throws Exception {
        ApprovedOrder held = order("SPY", Side.BUY, shares, "500.00", "400.00", "600.00");
        send(held);
        awaitLedger(ledger, held.orderId(), "FILLED");
        await().atMost(Duration.ofSeconds(10)).until(() -> BrokerSimulator.streamsTradesAndQuotes("SPY")
                && book.quantity("SPY").compareTo(BigDecimal.valueOf(shares)) == 0);
    }

    /** Nothing streams from here on (the after-each resumes it): the crash to 479 is only in SPY's last trade. */
    private static void crashSpyUnstreamed() {
        BrokerSimulator.pauseMarketData();
        BrokerSimulator.setPrice("SPY", "479.00");
    }

    @Test
    void whileBreachedAnEntryIsRefusedWithTheNumbersAndAnExitStillGoesOut() throws Exception {
        ApprovedOrder held = order("SPY", Side.BUY, 100, "500.00", "400.00", "600.00");
        send(held);
        awaitLedger(ledger, held.orderId(), "FILLED");
        // The broker holds a position's shares for its legs: without them, an exit of those shares can go out.
        List<String> legs = broker.orderByClientId(clientOrderId(held)).orElseThrow().legs().stream()
                .map(BrokerOrder::id).toList();
        broker.cancel(legs.get(0)); // one of an OCO pair cancels the other
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.openOrders().stream()
                .noneMatch(open -> legs.contains(open.id())));
        BrokerSimulator.setPrice("SPY", "479.00");
        await().atMost(Duration.ofSeconds(10)).until(() -> guard.state().breached());

        ApprovedOrder newEntry = order("SPY", Side.BUY, 1, "479.00", "400.00", "600.00");
        send(newEntry);
        LedgerEntry refused = awaitLedger(ledger, newEntry.orderId(), "REFUSED");
        assertTrue(refused.reason().startsWith("refused: DAILY_LOSS_GUARD: equity 97,900.00 is -2.10 % vs last close"
                + " 100,000.00; MAX_DAILY_LOSS_PCT 2.00 %"), refused.reason());
        assertEquals(0, BrokerSimulator.orderRequests(clientOrderId(newEntry)));
        assertEquals(1, ExecutionFixtures.awaitUpdates(newEntry.orderId(), "REJECTED", 1).size());

        ApprovedOrder exit = order("SPY", Side.SELL, 40, "479.00", null, null);
        send(exit);
        LedgerEntry sent = awaitLedger(ledger, exit.orderId(), "SUBMITTED", "PARTIALLY_FILLED", "FILLED");
        assertEquals(1, BrokerSimulator.orderRequests(clientOrderId(exit)));
        assertTrue(sent.reason() == null || !sent.reason().contains("DAILY_LOSS_GUARD"), sent.reason());

        // Back above the limit (the price recovers): the guard re-arms by itself and entries go out again.
        BrokerSimulator.setPrice("SPY", "499.00");
        await().atMost(Duration.ofSeconds(10)).until(() -> !guard.state().breached());
        ApprovedOrder again = order("SPY", Side.BUY, 1, "499.00", "400.00", "600.00");
        send(again);
        awaitLedger(ledger, again.orderId(), "SUBMITTED", "PARTIALLY_FILLED", "FILLED");
        List<String> rearmed = auditLog.actions("DAILY_LOSS_GUARD_REARMED");
        assertFalse(rearmed.isEmpty());
    }
}

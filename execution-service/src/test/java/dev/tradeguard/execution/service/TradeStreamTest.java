package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.awaitUpdates;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static dev.tradeguard.execution.ExecutionFixtures.spyBuy;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerStatusChange;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.OrderUpdate;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TradeStreamTest {
    @Inject
    OrderLedgerRepository ledger;

    @Inject
    TradingStateService tradingStates;

    @Inject
    OrderTimeoutService timeouts;

    @Inject
    Broker broker;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void activeAccountAndARestingMarket() {
        BrokerSimulator.reset();
        // 501 is within the 0.5 % slippage of a 500 limit, and above it: a buy limit at 500 rests.
        BrokerSimulator.setPrice("SPY", "501.00");
        ExecutionFixtures.tradingState(tradingStates, TradingState.ACTIVE, "armed for " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> broker.streamState() == Broker.StreamState.SUBSCRIBED);
    }

    LedgerEntry restingOrder(ApprovedOrder order) {
        send(order);
        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "SUBMITTED");
        awaitUpdates(order.orderId(), "NEW", 1);
        return entry;
    }

    @Test
    void aFillIsPublishedWithItsQuantityPriceAndThePositionAndOnePositionChangeFollows() {
        ApprovedOrder order = spyBuy(10);
        restingOrder(order);

        BrokerSimulator.setPrice("SPY", "499.50");

        OrderUpdate fill = awaitUpdates(order.orderId(), "FILL", 1).get(0);
        assertEquals(0, new BigDecimal("10").compareTo(fill.fillQuantity()));
        assertEquals(0, new BigDecimal("10").compareTo(fill.filledQuantity()));
        assertEquals(0, new BigDecimal("499.5").compareTo(fill.fillPrice()));
        assertEquals(0, new BigDecimal("10").compareTo(fill.positionQuantity()));
        assertEquals("filled", fill.orderStatus());
        assertTrue(fill.validate().isEmpty(), fill.validate().toString());
        assertEquals("FILLED", awaitLedger(ledger, order.orderId(), "FILLED").state());
        PositionChanged change = (PositionChanged) ExecutionFixtures.awaitPositions(1, event ->
                event instanceof PositionChanged changed && changed.cause() == PositionChangeCause.FILL
                        && changed.occurredAt().isAfter(fill.occurredAt().minusSeconds(1))
                        && changed.symbol().equals("SPY")).get(0);
        assertTrue(change.validate().isEmpty(), change.validate().toString());
    }

    @Test
    void aFillWhileTheStreamIsDownIsPublishedAfterTheReconnect() {
        ApprovedOrder order = spyBuy(6);
        LedgerEntry entry = restingOrder(order);
        double reconnects = meters.counter(ExecutionMetrics.STREAM_RECONNECTS).count();

        assertTrue(BrokerSimulator.dropStream() >= 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> BrokerSimulator.listeningClients() == 0);
        BrokerSimulator.setPrice("SPY", "499.00");

        OrderUpdate fill = awaitUpdates(order.orderId(), "FILL", 1).get(0);
        assertEquals(entry.brokerOrderId(), fill.brokerOrderId());
        assertEquals(0, new BigDecimal("6").compareTo(fill.fillQuantity()));
        assertEquals(0, new BigDecimal("499").compareTo(fill.fillPrice()));
        List<LedgerStatusChange> history = ledger.history(order.orderId());
        assertTrue(history.stream().anyMatch(change -> "FILL".equals(change.event())
                && TradeUpdateService.RECONCILE.equals(change.source())), history.toString());
        assertTrue(meters.counter(ExecutionMetrics.STREAM_RECONNECTS).count() > reconnects);
        await().atMost(Duration.ofSeconds(30)).until(() -> broker.streamState() == Broker.StreamState.SUBSCRIBED);
        given().get("/q/health/ready").then().statusCode(200);
        assertEquals(1, awaitUpdates(order.orderId(), "FILL", 1).size(), "published once");
    }

    @Test
    void anEntryStillUnfilledAfterTheTimeoutIsCancelledAndThatIsPublished() {
        ApprovedOrder order = spyBuy(2);
        LedgerEntry entry = restingOrder(order);

        List<String> cancelled = timeouts.cancelStale(entry.submittedAt().plus(Duration.ofMinutes(61)));

        assertEquals(List.of(entry.brokerOrderId()), cancelled);
        awaitUpdates(order.orderId(), "CANCELED", 1);
        awaitLedger(ledger, order.orderId(), "CANCELED");
        assertTrue(ExecutionFixtures.awaitAlerts("Order timed out", 1).stream()
                .anyMatch(alert -> alert.details().get("orderId").equals(order.orderId().toString())));
    }
}

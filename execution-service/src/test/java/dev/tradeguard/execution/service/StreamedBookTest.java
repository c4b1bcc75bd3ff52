package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.awaitPositions;
import static dev.tradeguard.execution.ExecutionFixtures.awaitUpdates;
import static dev.tradeguard.execution.ExecutionFixtures.positionsSoFar;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.domain.BrokerPosition;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.PositionsEvent;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 15: the book streamed from fills and market-data trades, and the PositionChanged events it publishes. */
@QuarkusTest
class StreamedBookTest extends FreshActiveAccountBase {
    @BeforeEach
    void marketDataStreaming() {
        awaitMarketDataSubscribed();
    }

    private static ApprovedOrder buy(String symbol, int quantity, String limit, String stop, String target) {
        return ExecutionFixtures.order(symbol, Side.BUY, quantity, limit, stop, target, Instant.now(),
                Instant.now().plusSeconds(1800));
    }

    private static boolean change(PositionsEvent event, String symbol, PositionChangeCause cause) {
        return event instanceof PositionChanged change && change.symbol().equals(symbol) && change.cause() == cause;
    }

    @Test
    void theStreamSubscribesToASymbolWhenItsEntryFillsAndUnsubscribesWhenThePositionCloses() {
        BrokerSimulator.setPrice("QQQ", "430.00");
        ApprovedOrder entry = buy("QQQ", 4, "430.00", "400.00", "440.00");
        send(entry);
        awaitLedger(ledger, entry.orderId(), "FILLED");

        await().atMost(Duration.ofSeconds(20)).until(() -> BrokerSimulator.streamsTradesAndQuotes("QQQ"));

        // The take-profit leg fills and closes the position; its stop leg is cancelled with it.
        BrokerSimulator.setPrice("QQQ", "441.00");
        awaitPositions(1, event -> event instanceof PositionChanged change && change.symbol().equals("QQQ")
                && change.closed());
        await().atMost(Duration.ofSeconds(20)).until(() -> !BrokerSimulator.streamsAny("QQQ"));
    }

    @Test
    void aTradeAtTheSimulatorPublishesThePositionAtThatPriceWithItsProfitAndTheAccountsEquity() throws Exception {
        ApprovedOrder entry = buy("SPY", 10, "500.00", "400.00", "600.00");
        send(entry);
        awaitLedger(ledger, entry.orderId(), "FILLED");
        await().atMost(Duration.ofSeconds(20)).until(() -> BrokerSimulator.streamsTradesAndQuotes("SPY"));

        BrokerSimulator.setPrice("SPY", "495.25");

        PositionChanged change = (PositionChanged) awaitPositions(1, event -> change(event, "SPY",
                PositionChangeCause.TICK) && ((PositionChanged) event).currentPrice().compareTo(
                        new BigDecimal("495.25")) == 0).get(0);
        BrokerPosition position = broker.positions().stream().filter(p -> p.symbol().equals("SPY")).findFirst()
                .orElseThrow();
        JsonNode account = BrokerSimulator.account();
        BigDecimal price = new BigDecimal("495.25");
        BigDecimal costBasis = position.quantity().multiply(position.avgEntryPrice());
        BigDecimal unrealized = position.quantity().multiply(price).subtract(costBasis);
        assertEquals(0, change.quantity().compareTo(position.quantity()));
        assertEquals(0, change.avgEntryPrice().compareTo(position.avgEntryPrice()));
        assertEquals(0, change.marketValue().compareTo(position.quantity().multiply(price)));
        assertEquals(0, change.costBasis().compareTo(costBasis));
        assertEquals(0, change.unrealizedPl().compareTo(unrealized));
        assertEquals(0, change.unrealizedPlPct().compareTo(unrealized.divide(costBasis.abs(), MathContext.DECIMAL64)
                .setScale(10, RoundingMode.HALF_EVEN)));
        assertEquals(0, change.cash().compareTo(new BigDecimal(account.path("cash").asText())));
        assertEquals(0, change.equity().compareTo(new BigDecimal(account.path("cash").asText())
                .add(position.quantity().multiply(price))));
        assertEquals(0, change.equity().compareTo(new BigDecimal(account.path("equity").asText())),
                "the broker's own equity at the same price");
        assertEquals(0, change.lastEquity().compareTo(new BigDecimal(account.path("last_equity").asText())));
        assertEquals(1, change.openPositions());
        assertTrue(change.marketOpen());
        assertTrue(change.validate().isEmpty(), change.validate().toString());

        // A burst within one coalescing interval (500 ms in tests) is at most one publication at once and one at
        // the interval's end, the latter at the burst's last price.
        List<String> burst = List.of("494.10", "494.20", "494.30", "494.40");
        burst.forEach(p -> BrokerSimulator.setPrice("SPY", p));
        awaitPositions(1, event -> change(event, "SPY", PositionChangeCause.TICK)
                && ((PositionChanged) event).currentPrice().compareTo(new BigDecimal("494.40")) == 0);
        List<PositionsEvent> published = positionsSoFar(event -> change(event, "SPY", PositionChangeCause.TICK)
                && burst.stream().anyMatch(p -> new BigDecimal(p).compareTo(((PositionChanged) event)
                        .currentPrice()) == 0));
        assertTrue(published.size() <= 2, "4 ticks in one interval published as " + published.size());
    }

    @Test
    void afterAFillExactlyOnePositionChangedIsPublishedAndNoAccountSnapshot() throws Exception {
        BrokerSimulator.setPrice("SPY", "501.00");
        ApprovedOrder entry = buy("SPY", 7, "500.00", "400.00", "600.00");
        send(entry);
        awaitUpdates(entry.orderId(), "NEW", 1);
        Instant beforeFill = Instant.now();

        BrokerSimulator.setPrice("SPY", "499.00");
        OrderUpdate fill = awaitUpdates(entry.orderId(), "FILL", 1).get(0);
        PositionChanged change = (PositionChanged) awaitPositions(1, event -> change(event, "SPY",
                PositionChangeCause.FILL) && event.occurredAt().isAfter(beforeFill)).get(0);
        // A later mark bounds the window in which a snapshot would have followed the fill.
        BrokerSimulator.setPrice("SPY", "499.50");
        PositionChanged later = (PositionChanged) awaitPositions(1, event -> change(event, "SPY",
                PositionChangeCause.TICK) && ((PositionChanged) event).currentPrice().compareTo(
                        new BigDecimal("499.5")) == 0).get(0);

        List<PositionsEvent> window = positionsSoFar(event -> event.occurredAt().isAfter(beforeFill)
                && !event.occurredAt().isAfter(later.occurredAt()));
        assertEquals(1, window.stream().filter(event -> change(event, "SPY", PositionChangeCause.FILL)).count(),
                window.toString());
        assertEquals(0, window.stream().filter(AccountSnapshot.class::isInstance).count(), window.toString());
        JsonNode account = BrokerSimulator.account();
        assertEquals(0, change.quantity().compareTo(fill.positionQuantity()));
        assertEquals(0, change.quantity().compareTo(new BigDecimal("7")));
        assertEquals(0, change.avgEntryPrice().compareTo(fill.fillPrice()));
        assertEquals(0, change.currentPrice().compareTo(fill.fillPrice()));
        assertEquals(0, change.cash().compareTo(new BigDecimal(account.path("cash").asText())));
        assertTrue(change.validate().isEmpty(), change.validate().toString());
    }
}

package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.awaitPositions;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.MarketDataStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 15 item 6: silence fails closed. Stale-after is 3 s in tests; the simulator's heartbeat quotes are 1/s. */
@QuarkusTest
class MarketDataFreshnessTest extends FreshActiveAccountBase {
    @Inject
    MarketDataService marketData;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void aHeldSymbolWithFreshPrices() throws Exception {
        ApprovedOrder entry = ExecutionFixtures.order("SPY", Side.BUY, 3, "500.00", "400.00", "600.00",
                Instant.now(), Instant.now().plusSeconds(1800));
        send(entry);
        awaitLedger(ledger, entry.orderId(), "FILLED");
        await().atMost(Duration.ofSeconds(30)).until(() -> marketData.status() != null
                && Boolean.TRUE.equals(marketData.status().fresh()));
    }

    @AfterEach
    void resume() {
        BrokerSimulator.resumeMarketData();
    }

    private static boolean status(Object event, boolean fresh, Instant after) {
        return event instanceof MarketDataStatus status && status.fresh() == fresh
                && status.occurredAt().isAfter(after);
    }

    @Test
    void aHeldSymbolWithoutMarketDataGoesStaleWithOneAlertAndFreshAgainWhenDataResumes() {
        Instant paused = Instant.now();
        BrokerSimulator.pauseMarketData();

        MarketDataStatus stale = (MarketDataStatus) awaitPositions(1, event -> status(event, false, paused)).get(0);
        assertTrue(stale.connected());
        assertTrue(stale.staleSymbols().contains("SPY"), stale.toString());
        assertTrue(stale.reason().contains("no market data for SPY"), stale.reason());
        Alert alert = awaitAlerts("Market data stale", 1).stream().filter(a -> a.occurredAt().isAfter(paused))
                .findFirst().orElseThrow();
        assertEquals(AlertType.STALE_DATA, alert.alertType());

        Instant resumed = Instant.now();
        BrokerSimulator.resumeMarketData();
        MarketDataStatus fresh = (MarketDataStatus) awaitPositions(1, event -> status(event, true, resumed)).get(0);
        assertTrue(fresh.staleSymbols().isEmpty());
        assertEquals(1, awaitAlerts("Market data stale", 1).stream().filter(a -> a.occurredAt().isAfter(paused))
                .count(), "one STALE_DATA per episode");
    }

    @Test
    void aDroppedConnectionIsStaleAtOnceAndTheReconnectResubscribesAndMakesItFresh() {
        double reconnects = meters.counter(ExecutionMetrics.MARKET_DATA_RECONNECTS).count();
        Instant dropped = Instant.now();
        assertTrue(BrokerSimulator.dropMarketData() >= 1);

        MarketDataStatus stale = (MarketDataStatus) awaitPositions(1, event -> status(event, false, dropped)).get(0);
        assertFalse(stale.connected());
        assertTrue(stale.reason().startsWith("market-data connection down"), stale.reason());

        awaitPositions(1, event -> status(event, true, dropped));
        await().atMost(Duration.ofSeconds(20)).until(() -> BrokerSimulator.streamsTradesAndQuotes("SPY"));
        assertEquals(Broker.StreamState.SUBSCRIBED, broker.marketDataState());
        assertTrue(meters.counter(ExecutionMetrics.MARKET_DATA_RECONNECTS).count() > reconnects);
    }
}

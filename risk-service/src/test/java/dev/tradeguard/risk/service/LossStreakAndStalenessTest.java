package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.RiskFixtures.read;
import static dev.tradeguard.risk.RiskFixtures.send;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.repository.ClosedTradeRepository;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LossStreakAndStalenessTest {
    @Inject
    TradingStateService tradingStates;

    @Inject
    AccountStateService accountStates;

    @Inject
    ClosedTradeRepository closedTrades;

    @Inject
    StaleSnapshotWatch staleness;

    static PositionSnapshot held(String symbol) {
        return new PositionSnapshot(symbol, new BigDecimal("10"), new BigDecimal("100.00"), new BigDecimal("100.00"),
                null, null, null, null);
    }

    static OrderUpdate sold(String account, String symbol, String price) {
        return new OrderUpdate(UUID.randomUUID(), 1, account, "TEST", Instant.now(), "rec-" + symbol, UUID.randomUUID(),
                "tg-" + symbol, "b-" + UUID.randomUUID(), OrderEventType.FILL, symbol, Side.SELL, OrderType.LIMIT,
                "filled", new BigDecimal("10"), new BigDecimal("10"), new BigDecimal(price), new BigDecimal(price), null,
                new BigDecimal("10"), new BigDecimal(price), BigDecimal.ZERO, Instant.now());
    }

    void sell(String account, String symbol, String price, int expectedTrades) {
        TestKafka.send(Topics.FILLS, account, EventJson.toJson(sold(account, symbol, price)));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> closedTrades.lastPnl(account, 10)).size() == expectedTrades);
    }

    @Test
    void threeLosingTradesInARowHaltButAWinBreaksTheStreak() {
        String account = "ACC-LOSS-" + UUID.randomUUID();
        var snapshot = snapshot(account, "100000", "100000", "60000", held("AAA"), held("BBB"), held("CCC"),
                held("DDD"), held("EEE"));
        send(snapshot);
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(account).isPresent());

        sell(account, "AAA", "95.00", 1);
        sell(account, "BBB", "104.00", 2);
        sell(account, "CCC", "99.00", 3);
        sell(account, "DDD", "90.00", 4);
        assertTrue(tradingStates.current(account).isEmpty(), "loss, win, loss, loss: no streak of 3");
        assertEquals(0, new BigDecimal("-100").compareTo(read(() -> closedTrades.lastPnl(account, 1)).get(0)), "(90 − 100) × 10");

        sell(account, "EEE", "98.00", 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> tradingStates.current(account)
                .map(s -> s.state() == TradingState.HALTED).orElse(false));
        assertTrue(tradingStates.current(account).orElseThrow().reason().startsWith("3 consecutive losing trades"));
        TestKafka.await(Topics.ALERTS, 1, r -> account.equals(r.key()) && r.value().contains("RED_FLAG"));
    }

    @Test
    void aStaleSnapshotWhileTheMarketIsOpenRaisesOneAlert() {
        String account = "ACC-HALT";
        send(snapshot(account, "100000", "100000", "60000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(account).isPresent());
        Instant later = accountStates.find(account).orElseThrow().snapshotAt().plus(Duration.ofMinutes(6));
        staleness.check(later);
        staleness.check(later.plusSeconds(30));
        assertEquals(1, TestKafka.await(Topics.ALERTS, 1,
                r -> account.equals(r.key()) && r.value().contains("STALE_DATA"), Duration.ofSeconds(10)).size());
    }

    @Test
    void decisionsAndLimitsAreExportedAsMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradeguard_risk_approvals_pending"))
                .body(containsString("tradeguard_risk_trading_state{account=\"PA-DEE\"}"));
    }
}

package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.RiskFixtures.change;
import static dev.tradeguard.risk.RiskFixtures.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

/** The kill switches run on every position change, not only on snapshots, and a halt names the mark behind it. */
@QuarkusTest
class KillSwitchOnMarksTest {
    private static final Logger LOG = Logger.getLogger(KillSwitchOnMarksTest.class);
    static final Instant TICK_AT = Instant.parse("2026-12-02T15:31:02.123Z");
    static final String MARK = "on mark AAPL 142.10 at 2026-12-02T15:31:02.123Z (TICK)";

    @Inject
    TradingStateService tradingStates;

    @Inject
    AccountStateService accountStates;

    boolean halted(String account) {
        return tradingStates.current(account).map(s -> s.state() == TradingState.HALTED).orElse(false);
    }

    @Test
    void aTickThatTakesTheAccountPastTheDailyLossLimitHaltsWithTheMarkWithoutAnySnapshot() throws Exception {
        String account = "ACC-MARK-" + UUID.randomUUID();
        send(change(account, PositionChangeCause.TICK, "AAPL", "100", "142.10", TICK_AT, "97000.00", "100000.00", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> halted(account));

        String reason = tradingStates.current(account).orElseThrow().reason();
        assertEquals("daily loss limit: P&L today=-3.00%, limit=-2.00% (equity $97,000.00 vs last close $100,000.00) "
                + MARK, reason);
        TradingStateChanged published = EventJson.mapper().readValue(TestKafka.await(Topics.TRADING_STATE, 1,
                r -> account.equals(r.key()) && r.value().contains("\"HALTED\"")).get(0).value(),
                TradingStateChanged.class);
        assertTrue(published.reason().endsWith(MARK), published.reason());
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).get("/audit?action=TRADING_STATE_HALTED")
                .then().statusCode(200).body("findAll { it.target == '" + account + "' }.details", hasItem(containsString(MARK)));
        for (AlertType type : new AlertType[] {AlertType.DAILY_LOSS_LIMIT, AlertType.TRADING_HALTED}) {
            Alert alert = EventJson.mapper().readValue(TestKafka.await(Topics.ALERTS, 1,
                    r -> account.equals(r.key()) && r.value().contains("\"" + type.name() + "\"")).get(0).value(),
                    Alert.class);
            assertTrue(alert.message().contains(MARK), alert.message());
            assertEquals("AAPL", alert.details().get("symbol"));
            assertEquals("142.10", alert.details().get("price"));
            assertEquals(TICK_AT.toString(), alert.details().get("priceAt"));
            assertEquals("TICK", alert.details().get("cause"));
        }
    }

    @Test
    void aFillThatTakesEquityPastTheDrawdownFromTheHighWaterMarkHalts() {
        String account = "ACC-MARK-DD-" + UUID.randomUUID();
        send(change(account, PositionChangeCause.TICK, "MSFT", "100", "400.00", TICK_AT, "120000.00", "119000.00", 1));
        send(change(account, PositionChangeCause.FILL, "MSFT", "0", "290.00", TICK_AT.plusSeconds(1), "107000.00",
                "107500.00", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> halted(account));
        String reason = tradingStates.current(account).orElseThrow().reason();
        assertTrue(reason.startsWith("max drawdown: 10.83% below the high-water mark $120,000.00, limit=10.00%"), reason);
        assertTrue(reason.endsWith("on mark MSFT 290.00 at 2026-12-02T15:31:03.123Z (FILL)"), reason);
    }

    /** Not an assertion on speed (benchmarks measure that): the per-change cost, printed for the record. */
    @Test
    void everyChangeWithinTheLimitsIsEvaluatedAndLeavesTheAccountActive() {
        String account = "ACC-MARK-COST-" + UUID.randomUUID();
        int changes = 200;
        for (int i = 0; i < changes; i++) {
            accountStates.record(change(account, PositionChangeCause.TICK, "AAPL", "100", "150." + (i % 90 + 10),
                    TICK_AT.plusMillis(i), "99000.00", "100000.00", 1));
        }
        long started = System.nanoTime();
        for (int i = 0; i < changes; i++) {
            accountStates.record(change(account, PositionChangeCause.TICK, "AAPL", "100", "150." + (i % 90 + 10),
                    TICK_AT.plusMillis(changes + i), "99000.00", "100000.00", 1));
        }
        long micros = (System.nanoTime() - started) / 1000 / changes;
        LOG.infof("risk-service position change, claim + account row + position row + limits in one transaction: "
                + "%d µs per change (%d changes, warm)", micros, changes);
        assertTrue(tradingStates.current(account).isEmpty(), "-1 % today and no drawdown: nothing to halt");
        assertEquals(0, new java.math.BigDecimal("99000").compareTo(accountStates.find(account).orElseThrow().equity()));
    }
}

package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.RiskFixtures.decide;
import static dev.tradeguard.risk.RiskFixtures.recommendation;
import static dev.tradeguard.risk.RiskFixtures.send;
import static dev.tradeguard.risk.RiskFixtures.sendAndAwaitApplied;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class KillSwitchTest {
    static final String ACCOUNT = "ACC-HALT";
    static final String STRATEGY = "TEST-HALT";

    @Inject
    TradingStateService tradingStates;

    @Inject
    DecisionRepository decisions;

    @Inject
    AccountStateService accountStates;

    @Inject
    AccountStateRepository accounts;

    @Test
    void aDailyLossOfTwoPointOnePercentHaltsTradingUntilARiskOfficerResumesIt() throws Exception {
        sendAndAwaitApplied(accounts, snapshot(ACCOUNT, "100000", "100000", "60000"));
        assertEquals(TradingState.ACTIVE, tradingStates.current(ACCOUNT).orElseThrow().state(), "armed at first start");
        var approved = decide(decisions, recommendation(ACCOUNT, STRATEGY, "JNJ", Side.BUY, "155.50"));
        assertEquals(DecisionOutcome.APPROVED, approved.outcome(),
                approved.reasonCode() + ": " + approved.reasonMessage());

        send(snapshot(ACCOUNT, "97900", "100000", "55000"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tradingStates.current(ACCOUNT).orElseThrow().state() == TradingState.HALTED);
        assertTrue(tradingStates.current(ACCOUNT).orElseThrow().reason().contains("P&L today=-2.10%, limit=-2.00%"),
                tradingStates.current(ACCOUNT).orElseThrow().reason());

        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.TRADING_STATE, 1,
                r -> ACCOUNT.equals(r.key()) && r.value().contains("\"HALTED\""));
        assertEquals(TradingState.HALTED,
                EventJson.mapper().readValue(published.get(0).value(), TradingStateChanged.class).state());
        Alert emergency = EventJson.mapper().readValue(TestKafka.await(Topics.ALERTS, 1,
                r -> ACCOUNT.equals(r.key()) && r.value().contains(AlertType.DAILY_LOSS_LIMIT.name())).get(0).value(),
                Alert.class);
        assertEquals(Priority.EMERGENCY, emergency.priority());

        var denied = decide(decisions, recommendation(ACCOUNT, STRATEGY, "PG", Side.BUY, "150.00"));
        assertEquals(DecisionOutcome.DENIED, denied.outcome());
        assertEquals(DenialReason.TRADING_HALTED, denied.reasonCode());

        // a restart republishes the persisted state and never re-arms
        tradingStates.armAndRepublish();
        assertEquals(TradingState.HALTED, tradingStates.current(ACCOUNT).orElseThrow().state());
        assertEquals(2, TestKafka.await(Topics.TRADING_STATE, 2,
                r -> ACCOUNT.equals(r.key()) && r.value().contains("\"HALTED\"")).size());

        // a recovered equity does not resume by itself
        send(snapshot(ACCOUNT, "101000", "100000", "60000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(ACCOUNT).orElseThrow().equity()
                .compareTo(new java.math.BigDecimal("101000")) == 0);
        assertEquals(TradingState.HALTED, tradingStates.current(ACCOUNT).orElseThrow().state());

        given().auth().oauth2(TestJwt.token("vic", "viewer")).contentType(ContentType.JSON)
                .body("{\"reason\":\"looks fine\"}").post("/trading-state/{a}/resume", ACCOUNT)
                .then().statusCode(403);
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).contentType(ContentType.JSON)
                .body("{}").post("/trading-state/{a}/resume", ACCOUNT)
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).contentType(ContentType.JSON)
                .body("{\"reason\":\"loss reviewed, stops tightened\"}").post("/trading-state/{a}/resume", ACCOUNT)
                .then().statusCode(200).body("state", equalTo("ACTIVE")).body("changedBy", equalTo("rita"));

        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).get("/trading-state/{a}/history", ACCOUNT)
                .then().statusCode(200).body("state", equalTo(List.of("ACTIVE", "HALTED", "ACTIVE")))
                .body("[2].previousState", equalTo("HALTED"));
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).get("/audit?action=TRADING_STATE_ACTIVE")
                .then().statusCode(200).body("actor", hasItem("rita"))
                .body("details", hasItem("HALTED -> ACTIVE: loss reviewed, stops tightened"));
    }

    @Test
    void aDrawdownBeyondTheLimitFromTheHighWaterMarkHalts() {
        String account = "ACC-DRAWDOWN";
        send(snapshot(account, "120000", "119000", "60000"));
        send(snapshot(account, "118000", "117000", "60000"));
        send(snapshot(account, "107000", "107500", "60000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> tradingStates.current(account)
                .map(s -> s.state() == TradingState.HALTED).orElse(false));
        assertTrue(tradingStates.current(account).orElseThrow().reason()
                .startsWith("max drawdown: 10.83% below the high-water mark $120,000.00, limit=10.00%"),
                tradingStates.current(account).orElseThrow().reason());
    }
}

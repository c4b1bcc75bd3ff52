package dev.tradeguard.execution.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.service.TradingStateService;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.DeadLetterContract;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TradingStateConsumerTest extends DeadLetterContract {
    @Inject
    TradingStateService tradingStates;

    static TradingStateChanged change(String account, TradingState state, Instant at, String reason) {
        return new TradingStateChanged(UUID.randomUUID(), 1, account, null, at, null, state, null, reason,
                "risk-officer:alice");
    }

    @Test
    void aHaltFromRiskServiceIsEnforcedAndShown() {
        String account = "ACC-" + UUID.randomUUID();
        TestKafka.send(Topics.TRADING_STATE, account, EventJson.toJson(
                change(account, TradingState.ACTIVE, Instant.parse("2026-02-17T14:00:00Z"), "armed by alice")));
        TestKafka.send(Topics.TRADING_STATE, account, EventJson.toJson(
                change(account, TradingState.HALTED, Instant.parse("2026-02-17T15:42:00Z"), "daily loss -2.3%")));

        await().atMost(Duration.ofSeconds(30)).until(() -> tradingStates.find(account)
                .map(known -> known.state() == TradingState.HALTED).orElse(false));
        assertFalse(tradingStates.find(account).orElseThrow().allowsNewOrders());
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/trading-state/{id}", account)
                .then().statusCode(200).body("state", equalTo("HALTED")).body("reason", equalTo("daily loss -2.3%"));
    }

    @Test
    void anAccountWithNoKnownStateIsNotTradable() {
        assertTrue(tradingStates.find("NEVER-HEARD-OF").isEmpty());
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/trading-state/NEVER-HEARD-OF")
                .then().statusCode(404);
    }

    @Override
    protected String inputTopic() {
        return Topics.TRADING_STATE;
    }

    @Override
    protected String validRecord(String accountId) {
        return EventJson.toJson(change(accountId, TradingState.ACTIVE, Instant.now(), "armed"));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return EventJson.toJson(change(accountId, TradingState.ACTIVE, Instant.now(), null));
    }

    @Override
    protected String fieldNamedInReason() {
        return "reason";
    }

    @Override
    protected boolean processed(String accountId) {
        return tradingStates.find(accountId).isPresent();
    }
}

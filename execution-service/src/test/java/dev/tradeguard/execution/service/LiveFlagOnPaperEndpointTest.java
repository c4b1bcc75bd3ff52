package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.clientOrderId;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static dev.tradeguard.execution.ExecutionFixtures.spyBuy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** LIVE_TRADING_ENABLED=true against the paper endpoint and a paper account: not ready, every order refused. */
@QuarkusTest
@TestProfile(LiveFlagOnPaperEndpointTest.LiveFlagOnPaperEndpoint.class)
class LiveFlagOnPaperEndpointTest {
    public static class LiveFlagOnPaperEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.execution.live-trading-enabled", "true");
        }
    }

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    TradingStateService tradingStates;

    @Test
    void readinessStaysDownSayingExactlyWhatIsWrong() {
        given().get("/q/health/ready").then().statusCode(503)
                .body(containsString("LIVE_TRADING_ENABLED=true but the Alpaca endpoint is PAPER"));
        given().auth().oauth2(TestJwt.token("ada", "admin")).get("/config/verify").then().statusCode(200)
                .body("passed", equalTo(false)).body("mode", equalTo("LIVE"));
    }

    @Test
    void anApprovedOrderIsRefusedWithTheMismatchAsItsReason() {
        ExecutionFixtures.tradingState(tradingStates, TradingState.ACTIVE, "armed for " + UUID.randomUUID());
        ApprovedOrder order = spyBuy(1);

        send(order);

        LedgerEntry entry = awaitLedger(ledger, order.orderId(), "REFUSED");
        assertTrue(entry.reason().startsWith("refused: CONFIG_NOT_VERIFIED: LIVE_TRADING_ENABLED=true but the Alpaca"
                + " endpoint is PAPER"), entry.reason());
        assertEquals(0, BrokerSimulator.orderRequests(clientOrderId(order)));
    }
}

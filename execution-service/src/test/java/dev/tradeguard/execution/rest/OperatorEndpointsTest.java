package dev.tradeguard.execution.rest;

import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.FreshBrokerTestBase;
import dev.tradeguard.execution.repository.AuditLogRepository;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperatorEndpointsTest extends FreshBrokerTestBase {
    @Inject
    AuditLogRepository auditLog;

    static String admin() {
        return TestJwt.token("ada", "admin");
    }

    @Test
    void configVerifyShowsEveryCheckPassedWithTheAccountMaskedAndNoKey() {
        String body = given().auth().oauth2(admin()).get("/config/verify?refresh=true").then().statusCode(200)
                .body("passed", equalTo(true)).body("mode", equalTo("PAPER"))
                .body("maskedAccountNumber", containsString("****"))
                .body("checks.name", hasItem("account-matches-live-flag")).extract().asString();
        assertFalse(body.contains(BrokerSimulator.KEY_ID) || body.contains(BrokerSimulator.SECRET_KEY), body);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("broker-configuration"));
    }

    @Test
    void theAccountIsShownMaskedToAdminsOnly() {
        String body = given().auth().oauth2(admin()).get("/account").then().statusCode(200)
                .body("accountNumber", containsString("****")).body("mode", equalTo("PAPER"))
                .body("equity", equalTo(100000)).extract().asString();
        assertFalse(body.contains(BrokerSimulator.SECRET_KEY));
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/account").then().statusCode(403);
        given().get("/account").then().statusCode(401);
    }

    @Test
    void ordersAreListedAndFoundByAnyOfTheirIdsWithTheirHistory() {
        ApprovedOrder order = sendSpyBuy(3, "501.00", "SUBMITTED");
        String brokerId = ledger.find(order.orderId()).orElseThrow().brokerOrderId();

        given().auth().oauth2(admin()).get("/orders?state=SUBMITTED").then().statusCode(200)
                .body("approvedOrderId", hasItem(order.orderId().toString()));
        for (String id : new String[] {order.orderId().toString(), ExecutionFixtures.clientOrderId(order), brokerId}) {
            given().auth().oauth2(admin()).get("/orders/{id}", id).then().statusCode(200)
                    .body("order.brokerOrderId", equalTo(brokerId))
                    .body("history[0].state", equalTo("SUBMITTING"));
        }
        given().auth().oauth2(admin()).get("/orders?state=NONSENSE").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        for (String limit : new String[] {"abc", "2.5", "0", "1001"}) {
            given().auth().oauth2(admin()).queryParam("limit", limit).get("/orders").then().statusCode(400)
                    .body("violations[0].field", equalTo("limit"))
                    .body("violations[0].message", containsString("got '" + limit + "'"));
        }
        given().auth().oauth2(admin()).get("/orders/does-not-exist").then().statusCode(404);
        assertFalse(auditLog.actions("ORDER_READ").isEmpty());
    }

    @Test
    void closeAllNeedsForceAndThenLeavesTheAccountFlatAndIsAudited() throws Exception {
        sendSpyBuy(4, "500.00", "FILLED");

        given().auth().oauth2(admin()).post("/emergency/close-all").then().statusCode(400)
                .body("violations[0].field", equalTo("force"));
        assertTrue(broker.positions().size() == 1, "nothing closed without force");
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).post("/emergency/close-all?force=true").then()
                .statusCode(403);

        given().auth().oauth2(admin()).post("/emergency/close-all?force=true").then().statusCode(200)
                .body("verified", equalTo(true)).body("positionsAfter", equalTo(0))
                .body("openOrdersAfter", equalTo(0));

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.positions().isEmpty());
        assertTrue(auditLog.actions("EMERGENCY_CLOSE_ALL").stream().anyMatch(line -> line.startsWith("ada ")));
        assertFalse(auditLog.actions("EMERGENCY_CLOSE_ALL_REFUSED").isEmpty());
    }

    @Test
    void cancelAllCancelsEveryOpenOrder() {
        ApprovedOrder order = sendSpyBuy(2, "501.00", "SUBMITTED");

        given().auth().oauth2(admin()).post("/emergency/cancel-all").then().statusCode(200)
                .body("verified", equalTo(true)).body("cancelledOrders.size()", equalTo(1));
        awaitLedger(ledger, order.orderId(), "CANCELED");
    }

    @Test
    void metricsCountOrdersAndSubmitLatency() {
        sendSpyBuy(1, "501.00", "SUBMITTED");

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradeguard_execution_orders_total{outcome=\"submitted\""))
                .body(containsString("tradeguard_execution_submit_latency_seconds_bucket"))
                .body(containsString("tradeguard_execution_stream_subscribed"))
                .body(not(containsString(BrokerSimulator.SECRET_KEY)));
    }
}

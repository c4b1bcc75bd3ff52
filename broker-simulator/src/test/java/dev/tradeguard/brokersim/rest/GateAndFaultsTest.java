package dev.tradeguard.brokersim.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class GateAndFaultsTest {

    static final String MARKET_ORDER = "{\"symbol\":\"SPY\",\"qty\":\"1\",\"side\":\"buy\",\"type\":\"market\","
            + "\"time_in_force\":\"day\",\"client_order_id\":\"%s\"}";

    @BeforeEach
    void reset() {
        given().contentType(ContentType.JSON).body("{\"start\":\"2024-03-05T15:00:00Z\",\"speed\":0}")
                .post("/admin/reset").then().statusCode(200);
    }

    @AfterEach
    void restoreRateLimit() {
        given().contentType(ContentType.JSON).body("{\"requests_per_minute\":100000}")
                .put("/admin/rate-limit").then().statusCode(200);
    }

    static RequestSpecification alpaca() {
        return given().header("APCA-API-KEY-ID", "TEST-KEY").header("APCA-API-SECRET-KEY", "TEST-SECRET")
                .contentType(ContentType.JSON);
    }

    @Test
    void aWrongSecretIsRefusedWithAlpacasErrorShape() {
        given().header("APCA-API-KEY-ID", "TEST-KEY").header("APCA-API-SECRET-KEY", "nope")
                .get("/v2/account").then().statusCode(401)
                .body("code", equalTo(40110000)).body("message", equalTo("request is not authorized"));
    }

    @Test
    void requestsBeyondTheRateLimitGet429WithRateLimitHeaders() {
        given().contentType(ContentType.JSON).body("{\"requests_per_minute\":2}").put("/admin/rate-limit");
        alpaca().get("/v2/clock").then().statusCode(200).header("X-RateLimit-Limit", "2")
                .header("X-RateLimit-Remaining", "1").header("X-RateLimit-Reset", notNullValue());
        alpaca().get("/v2/clock").then().statusCode(200).header("X-RateLimit-Remaining", "0");
        alpaca().get("/v2/clock").then().statusCode(429).header("X-RateLimit-Remaining", "0")
                .body("code", equalTo(42910000));
    }

    @Test
    void anAcceptedThen500OrderExistsAndTheLogShowsBothAttempts() {
        given().contentType(ContentType.JSON).body("{\"accept_then_fail_next_orders\":1}").put("/admin/faults")
                .then().statusCode(200);
        alpaca().body(MARKET_ORDER.formatted("retry-1")).post("/v2/orders").then().statusCode(500)
                .body("code", equalTo(50010000));
        alpaca().body(MARKET_ORDER.formatted("retry-1")).post("/v2/orders").then().statusCode(422)
                .body("code", equalTo(40010001)).body("message", equalTo("client_order_id must be unique"));

        alpaca().urlEncodingEnabled(false).get("/v2/orders:by_client_order_id?client_order_id=retry-1").then()
                .statusCode(200).body("status", equalTo("filled"));
        given().get("/admin/order-requests").then().body("", hasSize(2))
                .body("[0].client_order_id", equalTo("retry-1")).body("[0].http_status", equalTo(500))
                .body("[1].http_status", equalTo(422));
    }

    @Test
    void failedRequestsAreAnswered500WithoutBeingProcessed() {
        given().contentType(ContentType.JSON).body("{\"fail_next_requests\":1}").put("/admin/faults");
        alpaca().body(MARKET_ORDER.formatted("lost-1")).post("/v2/orders").then().statusCode(500);
        alpaca().get("/v2/orders?status=all").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aRejectNextFaultAcceptsTheOrderThenRejectsIt() {
        given().contentType(ContentType.JSON).body("{\"reject_next_orders\":1}").put("/admin/faults");
        alpaca().body(MARKET_ORDER.formatted("rej-1")).post("/v2/orders").then().statusCode(200)
                .body("status", equalTo("accepted"));
        alpaca().urlEncodingEnabled(false).get("/v2/orders:by_client_order_id?client_order_id=rej-1").then()
                .body("status", equalTo("rejected")).body("failed_at", notNullValue());
    }

    @Test
    void invalidOrdersNameEveryBadField() {
        alpaca().body("{\"symbol\":\"SPY\",\"qty\":\"-1\",\"side\":\"up\",\"type\":\"limit\"}").post("/v2/orders")
                .then().statusCode(422).body("code", equalTo(40010001))
                .body("message", equalTo("qty must be > 0; invalid side: up; time_in_force is required; "
                        + "limit_price is required for limit orders"));
    }

    @Test
    void theClockCanBeSteppedThroughTheAdminApi() {
        int before = given().get("/admin/clock").then().statusCode(200).body("frozen", equalTo(true))
                .extract().path("generation");
        given().contentType(ContentType.JSON).body("{\"seconds\":3600}").post("/admin/clock/advance").then()
                .statusCode(200).body("now", equalTo("2024-03-05T16:00:00Z")).body("frozen", equalTo(true))
                .body("generation", equalTo(before + 1));
        alpaca().get("/v2/stocks/SPY/bars/latest").then().statusCode(200)
                .body("bar.t", equalTo("2024-03-05T15:59:00Z"));
    }

    @Test
    void clockTimesAreRfc3339InNewYorkTime() {
        alpaca().get("/v2/clock").then().statusCode(200)
                .body("timestamp", equalTo("2024-03-05T10:00:00-05:00"))
                .body("next_open", equalTo("2024-03-06T09:30:00-05:00"))
                .body("next_close", equalTo("2024-03-05T16:00:00-05:00"));
    }

    @Test
    void ordersCanBeListedWithFilters() {
        alpaca().body("{\"symbol\":\"SPY\",\"qty\":1,\"side\":\"buy\",\"type\":\"limit\",\"limit_price\":400,"
                + "\"time_in_force\":\"gtc\"}").post("/v2/orders").then().statusCode(200);
        alpaca().body(MARKET_ORDER.formatted("m-1")).post("/v2/orders").then().statusCode(200);
        alpaca().get("/v2/orders").then().body("", hasSize(1)).body("[0].type", equalTo("limit"));
        alpaca().get("/v2/orders?status=all&direction=asc&symbols=SPY").then().body("", hasSize(2))
                .body("[1].client_order_id", equalTo("m-1"));
        alpaca().get("/v2/orders?status=closed&symbols=AAPL").then().body("", hasSize(0));
        alpaca().get("/v2/account/activities/FILL").then().body("", hasSize(greaterThanOrEqualTo(1)))
                .body("[0].activity_type", equalTo("FILL"));
    }
}

package dev.tradeguard.brokersim.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tradeguard.brokersim.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The simulator replaying daily bars (src/test/resources/bars/daily-sample.csv): XYZ on Monday 2025-11-24 opens at
 * 100.00, dips to its low of 97.00, rallies to 104.00 and closes at 103.00, so a bracket bought at the open with its
 * stop at 98.00 is stopped out that day, through Alpaca's REST API.
 */
@QuarkusTest
@TestProfile(DailyBarsReplayTest.DailyBars.class)
class DailyBarsReplayTest {
    public static class DailyBars implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("broker-simulator.market.bars-csv", "src/test/resources/bars/daily-sample.csv");
        }
    }

    @TestHTTPResource("/")
    URL simulator;

    static RequestSpecification alpaca() {
        return given().header("APCA-API-KEY-ID", "TEST-KEY").header("APCA-API-SECRET-KEY", "TEST-SECRET")
                .contentType(ContentType.JSON);
    }

    @Test
    void aBracketsStopFillsOnTheDailyLowAndItsTargetIsCancelled() {
        SimulatorAdmin.resetSteppedAt(simulator, "2025-11-24T14:31:00Z");   // 09:31 New York
        String id = alpaca().body("""
                {"symbol":"XYZ","qty":"10","side":"buy","type":"market","time_in_force":"day",
                 "order_class":"bracket","take_profit":{"limit_price":"110.00"},"stop_loss":{"stop_price":"98.00"}}
                """).post("/v2/orders").then().statusCode(200).extract().path("id");
        JsonPath bought = alpaca().get("/v2/orders/" + id + "?nested=true").then().statusCode(200).extract()
                .jsonPath();
        assertThat(bought.getString("status")).isEqualTo("filled");
        assertThat(new BigDecimal(bought.getString("filled_avg_price"))).isBetween(new BigDecimal("99.90"),
                new BigDecimal("100.00"));

        SimulatorAdmin.admin(simulator).body("{\"to\":\"2025-11-24T21:00:00Z\"}").post("/admin/clock/advance")
                .then().statusCode(200);   // 16:00 New York: the close

        JsonPath done = alpaca().get("/v2/orders/" + id + "?nested=true").then().statusCode(200).extract()
                .jsonPath();
        Map<String, String> stop = done.getMap("legs.find { it.type == 'stop' }");
        Map<String, String> target = done.getMap("legs.find { it.type == 'limit' }");
        assertThat(stop.get("status")).as(done.prettify()).isEqualTo("filled");
        assertThat(new BigDecimal(String.valueOf(stop.get("filled_avg_price"))))
                .isBetween(new BigDecimal("97.00"), new BigDecimal("98.00"));
        assertThat(target.get("status")).isEqualTo("canceled");
        alpaca().get("/v2/positions/XYZ").then().statusCode(404);
        assertThat(new BigDecimal(alpaca().get("/v2/stocks/XYZ/trades/latest").then().statusCode(200).extract()
                .jsonPath().getString("trade.p"))).isEqualByComparingTo("103.00");
    }
}

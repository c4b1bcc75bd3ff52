package dev.tradeguard.brokersim;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.net.URL;

import static io.restassured.RestAssured.given;

/** The simulator's admin API as the tests drive it: a fresh account on a stepped clock, prices, the clock. */
public final class SimulatorAdmin {

    /** Tuesday 2024-03-05 10:00 New York: a trading day with the market open. */
    public static final String TUESDAY_10AM = "2024-03-05T15:00:00Z";

    private SimulatorAdmin() {
    }

    public static RequestSpecification admin(URL simulator) {
        return given().baseUri(simulator.toString()).contentType(ContentType.JSON);
    }

    /** A new account, and the clock stopped (speed 0) at {@code start}: it moves only when a test advances it. */
    public static void resetSteppedAt(URL simulator, String start) {
        admin(simulator).body("{\"start\":\"" + start + "\",\"speed\":0}").post("/admin/reset").then().statusCode(200);
    }
}

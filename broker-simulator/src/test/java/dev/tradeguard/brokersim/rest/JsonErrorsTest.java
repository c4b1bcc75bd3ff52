package dev.tradeguard.brokersim.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** What a client's error handling sees: Alpaca's JSON error body on every 4xx and 5xx, never an HTML page. */
@QuarkusTest
class JsonErrorsTest {

    @Test
    void anUnknownAlpacaRouteAnswers404JsonNamingTheRoute() {
        GateAndFaultsTest.alpaca().accept("text/html,application/json").get("/v2/portfolio/nowhere").then()
                .statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo(40410000))
                .body("message", equalTo("endpoint not found: GET /v2/portfolio/nowhere"));
    }

    @Test
    void anUnknownRouteOutsideTheApiAnswers404JsonToo() {
        given().accept("text/html").get("/nothing/here").then()
                .statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo(40410000))
                .body("message", equalTo("endpoint not found: GET /nothing/here"));
    }

    @Test
    void aWrongMethodOnAKnownRouteAnswers405Json() {
        GateAndFaultsTest.alpaca().delete("/v2/account").then()
                .statusCode(405).contentType(ContentType.JSON)
                .body("code", equalTo(40510000))
                .body("message", equalTo("method not allowed: DELETE /v2/account"));
    }

    @Test
    void aBodyThatIsNotJsonAnswers400Json() {
        GateAndFaultsTest.alpaca().body("{not json").post("/v2/watchlists").then()
                .statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo(40010000)).body("message", startsWith("request body format is invalid"));
    }

    @Test
    void anUnknownRouteWithoutKeysIsRefusedAsUnauthorizedFirst() {
        given().get("/v2/portfolio/nowhere").then().statusCode(401).contentType(ContentType.JSON)
                .body("code", equalTo(40110000));
    }
}

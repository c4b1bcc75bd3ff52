package dev.tradeguard.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.recommendation.config.MovableClock;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RecommendationResourceTest {

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static String approver() {
        return TestJwt.token("alice", "approver");
    }

    static String account() {
        return "ACC-" + UUID.randomUUID();
    }

    /** A valid long entry for SHORGAN-BOT on {@code account}. */
    static String buy(String account, String symbol) {
        return """
                {"accountId": "%s", "strategy": "SHORGAN-BOT", "symbol": "%s", "side": "buy", "quantity": 40,
                 "limitPrice": 245.00, "stopLoss": 225.40, "takeProfit": 280, "confidence": 0.63, "source": "CLAUDE",
                 "rationale": "Pricing update expected", "catalyst": "Industry conference", "catalystDate": "2030-01-15"}
                """.formatted(account, symbol);
    }

    static ValidatableResponse post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/recommendations").then();
    }

    /** Every record on the topic for {@code account}, once a marker sent after everything else has arrived. */
    static List<Recommendation> publishedFor(String account) {
        String marker = "MARK";
        post(approver(), buy(account, marker)).statusCode(201);
        List<ConsumerRecord<String, String>> seen = TestKafka.await(Topics.RECOMMENDATIONS, 1,
                record -> account.equals(record.key()) && record.value().contains("\"" + marker + "\""));
        assertEquals(1, seen.size());
        return TestKafka.await(Topics.RECOMMENDATIONS, 1, record -> account.equals(record.key())).stream()
                .map(record -> read(record.value())).filter(event -> !marker.equals(event.symbol())).toList();
    }

    static Recommendation read(String json) {
        try {
            return EventJson.mapper().readValue(json, Recommendation.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aValidRecommendationIsStoredAndPublishedOnTheRecommendationsTopicKeyedByAccount() {
        String account = account();
        String id = post(approver(), buy(account, "MU")).statusCode(201)
                .header("Location", containsString("/recommendations/"))
                .body("created", equalTo(true))
                .body("recommendation.status", equalTo("PUBLISHED"))
                .body("recommendation.side", equalTo("BUY"))
                .body("recommendation.limitPrice", equalTo(245.00f))
                .body("recommendation.submittedBy", equalTo("alice"))
                .extract().path("recommendation.id");

        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.RECOMMENDATIONS, 1,
                record -> account.equals(record.key()));
        Recommendation event = read(published.get(0).value());
        assertEquals(id, event.correlationId());
        assertEquals("MU", event.symbol());
        assertEquals(Side.BUY, event.side());
        assertEquals(0, new java.math.BigDecimal("225.40").compareTo(event.stopLoss()));
        assertTrue(event.validUntil().isAfter(Instant.now()), "a default validity ends at a future close");
        assertEquals(List.of(), event.validate());

        given().auth().oauth2(TestJwt.token("vic", "viewer")).get("/recommendations/" + id).then().statusCode(200)
                .body("symbol", equalTo("MU")).body("accountId", equalTo(account))
                .body("marketDate", notNullValue()).body("origin", equalTo("REST"))
                .body(containsString("\"limitPrice\":245.00"));
    }

    @Test
    void resubmittingTheSameIdAndContentCreatesNothingNew() {
        String account = account();
        String id = UUID.randomUUID().toString();
        String body = buy(account, "RIOT").replace("{", "{\"id\": \"" + id + "\",");
        post(approver(), body).statusCode(201).body("created", equalTo(true));
        post(approver(), body).statusCode(200).body("created", equalTo(false))
                .body("recommendation.id", equalTo(id));

        assertEquals(1, publishedFor(account).size());
    }

    @Test
    void reusingAnIdForDifferentContentIsRefused() {
        String account = account();
        String id = UUID.randomUUID().toString();
        post(approver(), buy(account, "RIOT").replace("{", "{\"id\": \"" + id + "\",")).statusCode(201);
        post(approver(), buy(account, "PATH").replace("{", "{\"id\": \"" + id + "\",")).statusCode(400)
                .body("violations.field", hasItem("id"));
    }

    @Test
    void anInvalidRecommendationIsRefusedNamingEveryBadFieldAndNothingReachesKafka() {
        String account = account();
        String body = """
                {"accountId": "%s", "strategy": "MOON-BOT", "symbol": "acme$", "side": "hold", "quantity": 2.5,
                 "limitPrice": -5, "stopLoss": "cheap", "confidence": 1.5, "stoploss": 4,
                 "catalystDate": "next week", "validUntil": "2020-01-01T00:00:00Z"}
                """.formatted(account);
        post(approver(), body).statusCode(400).contentType(ContentType.JSON)
                .body("violations.field", containsInAnyOrder("stoploss", "side", "stopLoss", "catalystDate",
                        "symbol", "quantity", "limitPrice", "confidence", "source", "strategy", "validUntil"))
                .body("violations.message", everyItem(notNullValue()));

        assertEquals(List.of(), publishedFor(account));
    }

    /** Issue 23, finding 1: this body was answered 201 and its quantity published for risk-service to choke on. */
    @Test
    void aQuantityOf1e400IsRefusedNamingFieldAndRangeAndNothingReachesKafka() {
        String account = account();
        post(approver(), buy(account, "JNJ").replace("\"quantity\": 40", "\"quantity\": 1e400")).statusCode(400)
                .body("violations.field", contains("quantity"))
                .body("violations[0].message", equalTo("must be greater than 0 and at most 1000000000 (shares, at"
                        + " most 9 decimals), got 1E+400"));
        post(approver(), buy(account, "JNJ").replace("245.00", "1e400")).statusCode(400)
                .body("violations.field", hasItem("limitPrice"))
                .body("violations.message", hasItem(containsString("at most 10000000 (dollars per share")));
        // a billion digits if ever written out in full: every message shows it short
        post(approver(), buy(account, "JNJ").replace("\"quantity\": 40", "\"quantity\": 1e-999999999"))
                .statusCode(400).body("violations.message", everyItem(containsString("got 1E-999999999")));

        assertEquals(List.of(), publishedFor(account));
    }

    @Test
    void stopAndTargetOnTheWrongSideOfTheEntryAreNamed() {
        String account = account();
        post(approver(), buy(account, "TSLA").replace("225.40", "250").replace("280", "240")).statusCode(400)
                .body("violations.field", containsInAnyOrder("stopLoss", "takeProfit"))
                .body("violations.message", hasItem(containsString("below the limit price")));
        String shortWithLongBracket = """
                {"accountId": "%s", "strategy": "SHORGAN-BOT", "symbol": "SMCI", "side": "sell short",
                 "quantity": 300, "limitPrice": 33.50, "stopLoss": 30.00, "source": "CLAUDE"}
                """.formatted(account);
        post(approver(), shortWithLongBracket).statusCode(400).body("violations.field", equalTo(List.of("stopLoss")))
                .body("violations[0].message", containsString("above the limit price"));
        post(approver(), shortWithLongBracket.replace("30.00", "37.00")).statusCode(201)
                .body("recommendation.side", equalTo("SELL_SHORT"));
    }

    @Test
    void aLongOnlyStrategyRefusesAShortAndTakesItsDefaultAccount() {
        String shortIdea = """
                {"strategy": "DEE-BOT", "symbol": "KO", "side": "SELL_SHORT", "limitPrice": 60, "source": "CLAUDE"}
                """;
        post(approver(), shortIdea).statusCode(400).body("violations.field", equalTo(List.of("side")));
        String symbol = "Z" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
        post(approver(), shortIdea.replace("SELL_SHORT", "buy").replace("KO", symbol)).statusCode(201)
                .body("recommendation.accountId", equalTo("PA-DEE"));
    }

    @Test
    void aSecondIdeaForTheSameStrategySymbolSideAndDayIsADuplicate() {
        String account = account();
        String first = post(approver(), buy(account, "EMBC")).statusCode(201).extract().path("recommendation.id");
        post(approver(), buy(account, "EMBC").replace("245.00", "244.00")).statusCode(400)
                .body("violations.field", equalTo(List.of("symbol")))
                .body("violations[0].message", containsString(first));
        // The other side of the same symbol is a different idea.
        post(approver(), """
                {"accountId": "%s", "strategy": "SHORGAN-BOT", "symbol": "EMBC", "side": "sell", "quantity": 10,
                 "limitPrice": 250, "source": "CLAUDE"}
                """.formatted(account)).statusCode(201);
    }

    @Test
    void aBatchIsAllOrNothingAndNamesTheIndexOfEachBadElement() {
        String account = account();
        String batch = "[" + buy(account, "CIVI") + "," + buy(account, "CVX").replace("245.00", "0")
                + "," + buy(account, "CIVI") + "]";
        post(approver(), batch).statusCode(400)
                .body("violations.field", hasItems("[1].limitPrice", "[2].symbol"));
        given().auth().oauth2(approver()).queryParam("symbol", "CIVI").get("/recommendations").then()
                .statusCode(200).body("findAll { it.accountId == '" + account + "' }", hasSize(0));
        assertEquals(List.of(), publishedFor(account));

        post(approver(), "[" + buy(account, "CIVI") + "," + buy(account, "CVX") + "]").statusCode(201)
                .body("created", equalTo(List.of(true, true)))
                .body("recommendation.symbol", equalTo(List.of("CIVI", "CVX")));
    }

    @Test
    void malformedJsonIsABadRequestNamingTheBody() {
        post(approver(), "{\"symbol\": \"MU\",").statusCode(400)
                .body("violations[0].field", equalTo("(body)"))
                .body("violations[0].message", containsString("not valid JSON"));
        post(approver(), "[]").statusCode(400).body("violations[0].field", equalTo("(body)"));
        post(approver(), "[42]").statusCode(400).body("violations[0].field", equalTo("[0].(object)"));
        given().auth().oauth2(approver()).contentType(ContentType.JSON).post("/recommendations").then()
                .statusCode(400).body("violations[0].field", equalTo("(body)"));
    }

    @Test
    void anExpiredIdeaIsRefusedAndTheDefaultValidityEndsAtTheNextClose() {
        String account = account();
        MovableClock.set(Instant.parse("2026-03-10T12:00:00Z"));
        post(approver(), buy(account, "PATH").replace("{", "{\"validUntil\": \"2026-03-10T13:00:00-05:00\",")
                .replace("2030-01-15", "2026-03-11")).statusCode(201);
        // 17:30 New York on Friday 2026-03-13 (EDT): the next session closes Monday 16:00.
        MovableClock.set(Instant.parse("2026-03-13T21:30:00Z"));
        String later = account();
        post(approver(), buy(later, "PATH")).statusCode(201)
                .body("recommendation.validUntil", equalTo("2026-03-16T20:00:00Z"))
                .body("recommendation.marketDate", equalTo("2026-03-16"));
        post(approver(), buy(later, "SOFI").replace("{", "{\"validUntil\": \"2026-03-13T20:00:00Z\",")).statusCode(400)
                .body("violations.field", equalTo(List.of("validUntil")));
    }

    @Test
    void searchFiltersByDayStrategyStatusAndSymbolAndNamesBadFilters() {
        String account = account();
        MovableClock.set(Instant.parse("2026-03-17T14:00:00Z"));
        String id = post(approver(), buy(account, "SOFI")).statusCode(201).extract().path("recommendation.id");
        String viewer = TestJwt.token("vic", "viewer");
        given().auth().oauth2(viewer).queryParam("date", "2026-03-17").queryParam("strategy", "SHORGAN-BOT")
                .queryParam("status", "published").queryParam("symbol", "SOFI").get("/recommendations").then()
                .statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(viewer).queryParam("date", "2026-03-18").queryParam("symbol", "SOFI")
                .get("/recommendations").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(viewer).queryParam("status", "REJECTED_INFO").queryParam("symbol", "SOFI")
                .get("/recommendations").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(viewer).queryParam("date", "17/03/2026").queryParam("status", "LOST")
                .queryParam("limit", "0").get("/recommendations").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("date", "status", "limit"));
    }

    @Test
    void anUnknownIdIsNotFoundAndAMalformedIdIsABadRequest() {
        String viewer = TestJwt.token("vic", "viewer");
        given().auth().oauth2(viewer).get("/recommendations/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(viewer).get("/recommendations/not-a-uuid").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void submittingNeedsTheApproverOrServiceRole() {
        given().contentType(ContentType.JSON).body(buy(account(), "MU")).post("/recommendations").then()
                .statusCode(401);
        given().auth().oauth2(TestJwt.tokenSignedByStranger("mallory", "admin")).contentType(ContentType.JSON)
                .body(buy(account(), "MU")).post("/recommendations").then().statusCode(401);
        for (String role : new String[] { "viewer", "risk-officer", "marketing" }) {
            post(TestJwt.token("bob", role), buy(account(), "MU")).statusCode(403);
        }
        for (String role : new String[] { "approver", "service", "admin" }) {
            post(TestJwt.token("carol", role), buy(account(), "MU")).statusCode(201);
        }
    }

    @Test
    void readingNeedsTheViewerRoleOrOneThatImpliesIt() {
        given().get("/recommendations").then().statusCode(401);
        given().auth().oauth2(TestJwt.token("bob", "marketing")).get("/recommendations").then().statusCode(403);
        for (String role : new String[] { "viewer", "approver", "risk-officer", "admin", "service" }) {
            given().auth().oauth2(TestJwt.token("carol", role)).queryParam("limit", "1").get("/recommendations")
                    .then().statusCode(200);
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/recommendations/{id}"))
                .body(containsString("RecommendationRequest"));
    }
}

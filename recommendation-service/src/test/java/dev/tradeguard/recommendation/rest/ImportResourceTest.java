package dev.tradeguard.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.recommendation.config.MovableClock;
import dev.tradeguard.recommendation.TradeFixtures;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ImportResourceTest {

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static ValidatableResponse upload(String fileName, String text) {
        return given().auth().oauth2(RecommendationResourceTest.approver()).contentType("text/markdown")
                .queryParam("fileName", fileName).body(text.getBytes(StandardCharsets.UTF_8)).post("/imports").then();
    }

    /** The published events of the given recommendation ids, once a marker sent afterwards has arrived. */
    static Map<String, Recommendation> published(Set<String> ids) {
        String marker = "ACC-" + UUID.randomUUID();
        RecommendationResourceTest.post(RecommendationResourceTest.approver(),
                RecommendationResourceTest.buy(marker, "MARK")).statusCode(201);
        TestKafka.await(Topics.RECOMMENDATIONS, 1, record -> marker.equals(record.key()));
        return TestKafka.await(Topics.RECOMMENDATIONS, 1, record -> marker.equals(record.key())
                || ids.stream().anyMatch(id -> record.value().contains(id))).stream()
                .map(record -> RecommendationResourceTest.read(record.value()))
                .filter(event -> ids.contains(event.correlationId()))
                .collect(Collectors.toMap(Recommendation::correlationId, Function.identity(), (a, b) -> {
                    throw new AssertionError("published twice: " + a.correlationId());
                }));
    }

    @Test
    void aFileImportsToExactlyTheOrdersItListsAndImportingItAgainCreatesNothing() {
        MovableClock.set(Instant.parse("2026-03-10T12:40:00Z"));
        String file = "TODAYS_TRADES_2026-03-10.md";
        JsonPath report = upload(file, TradeFixtures.read(file)).statusCode(200)
                .body("fileDate", equalTo("2026-03-10")).body("marketDate", equalTo("2026-03-10"))
                .body("validUntil", equalTo("2026-03-10T20:00:00Z"))
                .body("created", equalTo(10)).body("rejected", equalTo(0)).body("information", equalTo(1))
                .body("warnings", hasSize(0))
                .body("lines.findAll { it.outcome == 'CREATED' }.symbol", equalTo(List.of("KO", "WMT", "JNJ",
                        "AZO", "RKLB", "QSI", "PLTR", "SNAP", "HOOD", "NVDA")))
                .body("lines.find { it.symbol == 'SNAP' }.side", equalTo("SELL_SHORT"))
                .body("lines.find { it.outcome == 'IGNORED' }.line", equalTo(87))
                .extract().jsonPath();
        Set<String> ids = Set.copyOf(report.getList("lines.findAll { it.outcome == 'CREATED' }.recommendationId"));

        Map<String, Recommendation> events = published(ids);
        assertEquals(10, events.size());
        Map<String, Recommendation> bySymbol = events.values().stream()
                .collect(Collectors.toMap(Recommendation::symbol, Function.identity()));
        assertEquals("PA-DEE", bySymbol.get("AZO").accountId());
        assertEquals(0, new java.math.BigDecimal("3412.75").compareTo(bySymbol.get("AZO").limitPrice()));
        assertEquals("PA-SHORGAN", bySymbol.get("SNAP").accountId());
        assertEquals(Side.SELL_SHORT, bySymbol.get("SNAP").side());
        assertEquals(Side.BUY_TO_COVER, bySymbol.get("HOOD").side());
        assertNull(bySymbol.get("HOOD").stopLoss());
        assertEquals(java.time.LocalDate.parse("2026-03-17"), bySymbol.get("NVDA").catalystDate());
        assertEquals(Instant.parse("2026-03-10T20:00:00Z"), bySymbol.get("KO").validUntil());
        events.values().forEach(event -> assertEquals(List.of(), event.validate()));

        upload(file, TradeFixtures.read(file)).statusCode(200)
                .body("created", equalTo(0)).body("alreadyImported", equalTo(10))
                .body("lines.find { it.outcome == 'INFORMATION' }.detail", containsString("kept before"));
        assertEquals(10, published(ids).size());
    }

    @Test
    void everyRejectedRowIsReportedOnItsLineWithEveryReasonAndTheGoodRowsStillImport() {
        MovableClock.set(Instant.parse("2026-03-13T12:00:00Z"));
        String file = "TODAYS_TRADES_2026-03-13.md";
        JsonPath report = upload(file, TradeFixtures.read(file)).statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(9))
                .body("warnings[0]", containsString("9 approved"))
                .extract().jsonPath();
        Map<Integer, String> rejected = report.<Map<String, Object>>getList("lines").stream()
                .filter(line -> "REJECTED".equals(line.get("outcome")))
                .collect(Collectors.toMap(line -> (Integer) line.get("line"), line -> (String) line.get("detail")));
        assertEquals(Set.of(17, 18, 19, 20, 21, 23, 24, 25, 34), rejected.keySet(), rejected.toString());
        assertTrue(rejected.get(17).contains("Shares"), rejected.get(17));
        assertTrue(rejected.get(18).contains("limitPrice: must be greater than 0"), rejected.get(18));
        assertTrue(rejected.get(19).contains("stopLoss: must be below the limit price"), rejected.get(19));
        assertTrue(rejected.get(21).contains("symbol: must be an upper-case ticker")
                && rejected.get(21).contains("confidence: must be between"), rejected.get(21));
        assertTrue(rejected.get(23).contains("duplicates an earlier recommendation"), rejected.get(23));
        assertTrue(rejected.get(34).contains("no account is configured for ALPHA-BOT"), rejected.get(34));
        String created = report.getString("lines.find { it.outcome == 'CREATED' }.recommendationId");
        assertEquals(Set.of(created), published(Set.of(created)).keySet());
    }

    @Test
    void anOldFilesOrdersHaveExpiredAndNothingIsPublished() {
        String text = TradeFixtures.read("TODAYS_TRADES_2026-03-10.md")
                .replace("Tuesday, March 10, 2026", "Monday, March 2, 2026");
        upload("TODAYS_TRADES_2026-03-02.md", text).statusCode(200).body("created", equalTo(0))
                .body("rejected", equalTo(10))
                .body("lines.findAll { it.outcome == 'REJECTED' }.detail",
                        hasItem(containsString("validUntil: has expired")));
    }

    @Test
    void noOrderRowsAndRejectedTablesImportAsInformationThroughAMultipartUpload() {
        MovableClock.set(Instant.parse("2026-03-11T22:00:00Z"));
        String file = "TODAYS_TRADES_2026-03-11.md";
        String importId = given().auth().oauth2(RecommendationResourceTest.approver())
                .multiPart("file", file, TradeFixtures.read(file).getBytes(StandardCharsets.UTF_8),
                        "text/markdown")
                .post("/imports").then().statusCode(200)
                .body("created", equalTo(0)).body("information", equalTo(5))
                .body("marketDate", equalTo("2026-03-12"))
                .body("lines.findAll { it.outcome == 'NO_ORDERS' }.line", equalTo(List.of(20, 38)))
                .extract().path("importId");

        String viewer = TestJwt.token("vic", "viewer");
        given().auth().oauth2(viewer).queryParam("status", "REJECTED_INFO").queryParam("date", "2026-03-12")
                .queryParam("symbol", "PG").get("/recommendations").then().statusCode(200)
                .body("source", hasItems("CLAUDE", "CHATGPT")).body("statusReason", hasItem("Fixture: risk veto"));
        given().auth().oauth2(viewer).get("/imports/" + importId).then().statusCode(200)
                .body("fileName", equalTo(file)).body("lines", hasSize(org.hamcrest.Matchers.greaterThan(5)));
        given().auth().oauth2(viewer).get("/imports").then().statusCode(200).body("importId", hasItem(importId));
    }

    @Test
    void aFileWithoutDateOrBotSectionIsABadRequestNamingWhy() {
        upload("notes.md", "# Shopping list\n\n- milk\n").statusCode(400)
                .body("violations.field", equalTo(List.of("(file)", "(file)")))
                .body("violations.message", hasItems(containsString("no date"), containsString("no bot section")));
        upload("TODAYS_TRADES_2026-03-09.md", TradeFixtures.read("TODAYS_TRADES_2026-03-10.md"))
                .statusCode(400).body("violations[0].message", containsString("file name says 2026-03-09"));
    }

    @Test
    void importingNeedsTheApproverOrServiceRole() {
        String text = TradeFixtures.read("TODAYS_TRADES_2026-03-11.md");
        given().contentType("text/markdown").body(text).post("/imports").then().statusCode(401);
        given().auth().oauth2(TestJwt.token("vic", "viewer")).contentType("text/markdown").body(text)
                .post("/imports").then().statusCode(403);
        given().auth().oauth2(TestJwt.token("rita", "risk-officer")).contentType("text/markdown").body(text)
                .post("/imports").then().statusCode(403);
        given().get("/imports").then().statusCode(401);
    }
}

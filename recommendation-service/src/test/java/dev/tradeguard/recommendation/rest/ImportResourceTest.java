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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ImportResourceTest {

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static ValidatableResponse upload(String fileName, String text) {
        return importWith(text, "fileName", fileName);
    }

    /** Posts {@code text} as an approver, with query parameters given as name, value, name, value… */
    static ValidatableResponse importWith(String text, String... query) {
        RequestSpecification request = given().auth().oauth2(RecommendationResourceTest.approver())
                .contentType("text/markdown");
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.body(text.getBytes(StandardCharsets.UTF_8)).post("/imports").then();
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

    /** Every published recommendation matching {@code matching}, once a marker sent afterwards has arrived. */
    static List<Recommendation> publishedWhere(Predicate<Recommendation> matching) {
        String marker = "ACC-" + UUID.randomUUID();
        RecommendationResourceTest.post(RecommendationResourceTest.approver(),
                RecommendationResourceTest.buy(marker, "MARK")).statusCode(201);
        List<Recommendation> seen = new ArrayList<>();
        TestKafka.await(Topics.RECOMMENDATIONS, 1, record -> {
            if (marker.equals(record.key())) {
                return true;
            }
            Recommendation event = RecommendationResourceTest.read(record.value());
            if (matching.test(event)) {
                seen.add(event);
            }
            return false;
        });
        return seen;
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
                .body("warnings", hasSize(0))
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
        assertTrue(rejected.get(34).contains("no paper account is configured for ALPHA-BOT"), rejected.get(34));
        List<Map<String, Object>> rejectedLines = report.<Map<String, Object>>getList("lines").stream()
                .filter(line -> "REJECTED".equals(line.get("outcome"))).toList();
        rejectedLines.forEach(line -> assertTrue(line.get("bot") != null && line.get("symbol") != null
                && line.get("side") != null, "every rejected row names its bot, symbol and side: " + line));
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

    private static String describeLine(Map<String, Object> line) {
        return line.get("line") + " " + line.get("outcome") + " " + line.get("bot") + " " + line.get("mode") + " "
                + line.get("accountId") + " " + line.get("symbol") + " " + line.get("side");
    }

    private static String describeEvent(Recommendation event) {
        return event.accountId() + " " + event.symbol() + " " + event.side() + " "
                + (event.limitPrice() == null ? "market" : event.limitPrice().toPlainString());
    }

    @Test
    void aLiveFileWithNoLiveAccountConfiguredCreatesNothingAndSaysWhy() {
        MovableClock.set(Instant.parse("2026-03-16T12:40:00Z"));
        String file = "TODAYS_TRADES_2026-03-16_LIVE.md";
        JsonPath report = upload(file, TradeFixtures.read(file)).statusCode(200)
                .body("created", equalTo(0)).body("alreadyImported", equalTo(0)).body("rejected", equalTo(5))
                .body("information", equalTo(0)).body("warnings", hasSize(0)).extract().jsonPath();
        List<Map<String, Object>> rejected = report.<Map<String, Object>>getList("lines").stream()
                .filter(line -> "REJECTED".equals(line.get("outcome"))).toList();
        assertEquals(List.of("22 REJECTED DEE-BOT LIVE null MMM SELL", "23 REJECTED DEE-BOT LIVE null HD SELL",
                "28 REJECTED DEE-BOT LIVE null PEP BUY", "29 REJECTED DEE-BOT LIVE null LIN BUY",
                "34 REJECTED DEE-BOT LIVE null MO null"),
                rejected.stream().map(ImportResourceTest::describeLine).toList());
        rejected.forEach(line -> assertTrue(((String) line.get("detail")).startsWith("no live account is configured"
                + " for DEE-BOT: set tradeguard.recommendation.accounts.\"DEE-BOT\".live (a live section is never"
                + " sent to the paper account)"), line.toString()));

        given().auth().oauth2(TestJwt.token("vic", "viewer")).queryParam("date", "2026-03-16")
                .get("/recommendations").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestJwt.token("vic", "viewer")).queryParam("date", "2026-03-16")
                .queryParam("status", "REJECTED_INFO").get("/recommendations").then().statusCode(200)
                .body("$", hasSize(0));
        assertEquals(List.of(), publishedWhere(event -> "DEE-BOT".equals(event.strategy())
                && Instant.parse("2026-03-16T20:00:00Z").equals(event.validUntil())));
    }

    static Stream<Arguments> variantFiles() {
        return Stream.of(
                Arguments.of("TODAYS_TRADES_2026-03-17_SHORGAN_LIVE.md", "2026-03-17T12:40:00Z", 5, 0, 0, 0, List.of(
                        "22 CREATED SHORGAN-BOT LIVE LIVE-SHORGAN BEAM SELL",
                        "23 CREATED SHORGAN-BOT LIVE LIVE-SHORGAN RXRX SELL",
                        "29 CREATED SHORGAN-BOT LIVE LIVE-SHORGAN UPST BUY",
                        "30 CREATED SHORGAN-BOT LIVE LIVE-SHORGAN HIMS BUY",
                        "31 CREATED SHORGAN-BOT LIVE LIVE-SHORGAN LCID BUY"),
                        Map.of(22, "a market order"), List.of("LIVE-SHORGAN BEAM SELL market",
                                "LIVE-SHORGAN RXRX SELL 6.15", "LIVE-SHORGAN UPST BUY 52.10",
                                "LIVE-SHORGAN HIMS BUY market", "LIVE-SHORGAN LCID BUY 2.84")),
                Arguments.of("TODAYS_TRADES_2026-03-18_LIVE.md", "2026-03-18T12:00:00Z", 3, 1, 0, 0, List.of(
                        "12 CREATED DEE-BOT PAPER PA-DEE PFE SELL",
                        "17 CREATED DEE-BOT PAPER PA-DEE MRK BUY",
                        "26 CREATED SHORGAN-BOT LIVE LIVE-SHORGAN APPS BUY",
                        "35 REJECTED DEE-BOT LIVE null MRK BUY"),
                        Map.of(35, "no live account is configured for DEE-BOT"), List.of("PA-DEE PFE SELL market",
                                "PA-DEE MRK BUY 96.40", "LIVE-SHORGAN APPS BUY 8.50")),
                Arguments.of("TODAYS_TRADES_2026-03-19_DEE_LIVE.md", "2026-03-19T12:40:00Z", 0, 2, 0, 1, List.of(
                        "8 WARNING DEE-BOT LIVE null null null",
                        "17 REJECTED DEE-BOT null null ABT BUY",
                        "26 REJECTED SHORGAN-BOT null null CRSP BUY"),
                        Map.of(17, "the mode of DEE-BOT's section is unclear: the heading says paper but the file name",
                                26, "marks DEE-BOT live, and this SHORGAN-BOT section says neither paper nor live"),
                        List.of()),
                Arguments.of("TODAYS_TRADES_2026-03-20.md", "2026-03-20T13:15:00Z", 8, 1, 0, 1, List.of(
                        "9 WARNING SHORGAN-BOT PAPER null null null",
                        "18 CREATED DEE-BOT PAPER PA-DEE UNH SELL",
                        "23 CREATED DEE-BOT PAPER PA-DEE CSCO BUY",
                        "24 CREATED DEE-BOT PAPER PA-DEE SO BUY",
                        "34 CREATED SHORGAN-BOT PAPER PA-SHORGAN SOUN BUY",
                        "39 CREATED SHORGAN-BOT PAPER PA-SHORGAN NCNO SELL_SHORT",
                        "44 CREATED SHORGAN-BOT PAPER PA-SHORGAN IONQ SELL_SHORT",
                        "49 CREATED SHORGAN-BOT PAPER PA-SHORGAN GPK SELL",
                        "50 CREATED SHORGAN-BOT PAPER PA-SHORGAN KSS SELL",
                        "51 REJECTED SHORGAN-BOT PAPER null FUBO BUY"),
                        Map.of(9, "7 approved / 0 rejected, the tables of SHORGAN-BOT (paper) hold 6 order row(s)",
                                51, "an EXIT POSITIONS row closes a position"),
                        List.of("PA-DEE UNH SELL 298.40", "PA-DEE CSCO BUY 61.05", "PA-DEE SO BUY 88.10",
                                "PA-SHORGAN SOUN BUY 9.40", "PA-SHORGAN NCNO SELL_SHORT 27.25",
                                "PA-SHORGAN IONQ SELL_SHORT 31.00", "PA-SHORGAN GPK SELL market",
                                "PA-SHORGAN KSS SELL market")));
    }

    /**
     * Each variant file imports to the hand count of its rows: every created, rejected and warning line by number,
     * bot, mode, account, symbol and side, the reasons, and the events published; importing it again creates nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variantFiles")
    void eachVariantFileImportsToItsHandCount(String file, String now, int created, int rejected, int information,
            int warnings, List<String> lines, Map<Integer, String> details, List<String> events) {
        MovableClock.set(Instant.parse(now));
        JsonPath report = upload(file, TradeFixtures.read(file)).statusCode(200)
                .body("created", equalTo(created)).body("alreadyImported", equalTo(0))
                .body("rejected", equalTo(rejected)).body("information", equalTo(information))
                .body("warnings", hasSize(warnings)).body("replay", equalTo(false)).extract().jsonPath();
        List<Map<String, Object>> counted = report.<Map<String, Object>>getList("lines").stream()
                .filter(line -> Set.of("CREATED", "REJECTED", "INFORMATION", "WARNING").contains(line.get("outcome")))
                .toList();
        assertEquals(lines, counted.stream().map(ImportResourceTest::describeLine).toList());
        details.forEach((number, expected) -> assertTrue(counted.stream().anyMatch(line -> number.equals(line.get("line"))
                && String.valueOf(line.get("detail")).contains(expected)), number + ": " + counted));

        Set<String> ids = Set.copyOf(report.getList("lines.findAll { it.outcome == 'CREATED' }.recommendationId"));
        assertEquals(events.stream().sorted().toList(), published(ids).values().stream()
                .map(ImportResourceTest::describeEvent).sorted().toList());

        upload(file, TradeFixtures.read(file)).statusCode(200).body("created", equalTo(0))
                .body("alreadyImported", equalTo(created)).body("rejected", equalTo(rejected));
    }

    private static final String FEB_6_EVENING = TradeFixtures.read("TODAYS_TRADES_2026-03-10.md")
            .replace("Tuesday, March 10, 2026", "Friday, February 6, 2026")
            .replace("Generated: 08:30 AM ET", "Generated: 05:19 PM ET");

    @Test
    void aPastDaysFileReplaysAsOfTheTradingDayItNames() {
        MovableClock.set(Instant.parse("2026-06-01T12:00:00Z"));
        String text = TradeFixtures.read("TODAYS_TRADES_2026-03-10.md")
                .replace("Tuesday, March 10, 2026", "Tuesday, February 3, 2026");
        JsonPath report = importWith(text, "fileName", "TODAYS_TRADES_2026-02-03.md", "tradingDay", "2026-02-03")
                .statusCode(200)
                .body("replay", equalTo(true)).body("asOf", equalTo("2026-02-03T13:30:00Z"))
                .body("marketDate", equalTo("2026-02-03")).body("validUntil", equalTo("2026-02-03T21:00:00Z"))
                .body("created", equalTo(10)).body("rejected", equalTo(0)).body("information", equalTo(1))
                .extract().jsonPath();
        Set<String> ids = Set.copyOf(report.getList("lines.findAll { it.outcome == 'CREATED' }.recommendationId"));
        Map<String, Recommendation> events = published(ids);
        assertEquals(10, events.size());
        events.values().forEach(event -> {
            assertEquals(Instant.parse("2026-02-03T13:30:00Z"), event.occurredAt(), "judged as of the file's time");
            assertEquals(Instant.parse("2026-02-03T21:00:00Z"), event.validUntil());
            assertEquals(List.of(), event.validate());
        });
    }

    @Test
    void aReplayWithoutADayTakesTheDayTheFileIsFor() {
        MovableClock.set(Instant.parse("2026-06-01T12:00:00Z"));
        importWith(FEB_6_EVENING, "fileName", "TODAYS_TRADES_2026-02-06.md", "replay", "true").statusCode(200)
                .body("replay", equalTo(true)).body("marketDate", equalTo("2026-02-09"))
                .body("validUntil", equalTo("2026-02-09T21:00:00Z")).body("created", equalTo(10));
    }

    @Test
    void aFileWrittenTheEveningBeforeAConfiguredClosureIsForTheSessionAfterIt() {
        MovableClock.set(Instant.parse("2026-06-01T12:00:00Z"));
        String eveningBefore = FEB_6_EVENING.replace("Friday, February 6, 2026", "Tuesday, March 11, 2031");
        // tradeguard.recommendation.market.extra-closed-days in %test closes Wednesday 2031-03-12
        importWith(eveningBefore, "fileName", "TODAYS_TRADES_2031-03-11.md", "tradingDay", "2031-03-12").statusCode(400)
                .body("violations[0].field", equalTo("tradingDay"))
                .body("violations[0].message", containsString("is for the trading day 2031-03-13"));
        importWith(eveningBefore, "fileName", "TODAYS_TRADES_2031-03-11.md", "replay", "true").statusCode(200)
                .body("marketDate", equalTo("2031-03-13")).body("validUntil", equalTo("2031-03-13T20:00:00Z"));
    }

    @Test
    void aReplayNamingAnotherDayThanTheFilesOrUnreadableParametersIsABadRequest() {
        MovableClock.set(Instant.parse("2026-06-01T12:00:00Z"));
        importWith(FEB_6_EVENING, "fileName", "TODAYS_TRADES_2026-02-06.md", "tradingDay", "2026-02-06").statusCode(400)
                .body("violations[0].field", equalTo("tradingDay"))
                .body("violations[0].message", equalTo("is 2026-02-06 but the file (dated 2026-02-06, generated 17:19"
                        + " New York) is for the trading day 2026-02-09"));
        importWith(FEB_6_EVENING, "tradingDay", "last friday").statusCode(400)
                .body("violations[0].field", equalTo("tradingDay"))
                .body("violations[0].message", containsString("'last friday'"));
        importWith(FEB_6_EVENING, "replay", "yes").statusCode(400)
                .body("violations[0].field", equalTo("replay"));
    }
}

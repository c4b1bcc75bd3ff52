package dev.tradeguard.risk.rest;

import static dev.tradeguard.risk.RiskFixtures.decide;
import static dev.tradeguard.risk.RiskFixtures.recommendation;
import static dev.tradeguard.risk.RiskFixtures.send;
import static dev.tradeguard.risk.RiskFixtures.sendAndAwaitApplied;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.inject.Inject;

import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The deployment guide's capital scaling rules (Step 5) on {@code POST /accounts/{id}/capital}, one test per rule,
 * each asserting the refusal's reason; the accepted change in the audit log and in sizing; a decrease always taken.
 * Daily equity history comes in as execution-service sends it: snapshots on {@code positions}, one per past day.
 */
@QuarkusTest
class CapitalScalingRulesTest {
    private static final NyseCalendar CALENDAR = NyseCalendar.standard();
    private static final String ADMIN = TestJwt.token("ada", "admin");

    @Inject
    AccountStateRepository accounts;

    @Inject
    DecisionRepository decisions;

    /** On an account of $100,000 with no trading-day history: each rule's refusal, its whole reason and its field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an increase of more than twice the current capital is refused | {\"capital\": 200000.01, \"reason\":"
                    + " \"scale up\"} | capital | CAPITAL_INCREASE_EXCEEDS_2X: current=$100,000.00,"
                    + " requested=$200,000.01, max=$200,000.00 (2x current)",
            "a cash reserve above fifty percent is refused | {\"capital\": 150000, \"cashReservePct\": 0.60,"
                    + " \"reason\": \"scale up\"} | cashReservePct | CASH_RESERVE_OUT_OF_RANGE: min=0.25,"
                    + " max=0.50, got=0.60",
            "a cash reserve below twenty-five percent is refused | {\"capital\": 100000, \"cashReservePct\": 0.10,"
                    + " \"reason\": \"less cash\"} | cashReservePct | CASH_RESERVE_OUT_OF_RANGE: min=0.25,"
                    + " max=0.50, got=0.10",
            "an increase without thirty trading days of history is refused | {\"capital\": 150000, \"reason\":"
                    + " \"scale up\"} | capital | NOT_PROFITABLE_30_DAYS: days=0, required=30, return=none, required > 0 (no"
                    + " completed trading day recorded)" })
    void anIncreaseBreakingAScalingRuleIsRefusedNamingRuleAndField(String rule, String body, String field,
            String reason) {
        sendAndAwaitApplied(accounts, snapshot("ACC-CAP-RULES", "100000", "100000", "100000"));
        post("ACC-CAP-RULES", body).statusCode(422)
                .body("message", equalTo(reason))
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void anIncreaseAfterThirtyLosingTradingDaysIsRefused() {
        seedTradingDays("ACC-CAP-LOSS", 30, new BigDecimal("-100"));
        post("ACC-CAP-LOSS", "{\"capital\": 110000, \"reason\": \"scale up\"}").statusCode(422)
                .body("message", startsWith("NOT_PROFITABLE_30_DAYS: days=30, required=30, return=-3.00%"));
    }

    @Test
    void anIncreaseBeforeAnyAccountDataIsRefusedAsUnknown() {
        post("ACC-CAP-NEW", "{\"capital\": 1000, \"reason\": \"first capital\"}").statusCode(422)
                .body("message", startsWith("CAPITAL_UNKNOWN: no capital set for ACC-CAP-NEW"));
    }

    @Test
    void anAcceptedIncreaseIsPersistedAuditedUsedBySizingAndRestartsTheCount() {
        seedTradingDays("ACC-CAP-GROW", 30, new BigDecimal("100"));
        given().auth().oauth2(TestJwt.token("vera", "viewer")).get("/accounts/{a}/capital", "ACC-CAP-GROW")
                .then().statusCode(200).body("tradingDays", equalTo(30)).body("periodReturn", amount("0.03"))
                .body("capital", nullValue()).body("sizingBase", amount("103000.0"));

        // 103,000 -> 40,000 lowers risk; 40,000 -> 80,000 is exactly 2x after 30 profitable days
        post("ACC-CAP-GROW", "{\"capital\": 40000, \"reason\": \"start small\"}").statusCode(200)
                .body("increase", equalTo(false));
        post("ACC-CAP-GROW", "{\"capital\": \"80000\", \"cashReservePct\": 0.30, \"reason\": \"30 good days\"}")
                .statusCode(200).body("previousCapital", amount("40000")).body("capital", amount("80000"))
                .body("increase", equalTo(true)).body("tradingDays", equalTo(30)).body("changedBy", equalTo("ada"));

        given().auth().oauth2(TestJwt.token("vera", "viewer")).get("/accounts/{a}/capital", "ACC-CAP-GROW")
                .then().statusCode(200).body("capital", amount("80000")).body("sizingBase", amount("80000"))
                .body("cashReservePct", amount("0.30")).body("tradingDays", equalTo(0))
                .body("maxIncreaseTo", amount("160000")).body("history", hasSize(2))
                .body("history[1].reason", equalTo("30 good days"));
        given().auth().oauth2(TestJwt.token("olga", "risk-officer")).get("/audit?action=CAPITAL_CHANGED")
                .then().statusCode(200).body("target", hasItem("ACC-CAP-GROW")).body("actor", hasItem("ada"))
                .body("details", hasItem(containsString("capital $40,000.00 -> $80,000.00, cash reserve 25.00% -> "
                        + "30.00%, increase after 30 trading days, return 3.00%: 30 good days")));

        // sizing keeps 5 % per position, now of $80,000: $4,000 at $100 is 40 shares (of $103,000 it was 51)
        Decision sized = decide(decisions, recommendation("ACC-CAP-GROW", "TEST-CAP-GROW", "AAPL", Side.BUY, "100"));
        assertEquals(DecisionOutcome.APPROVED, sized.outcome(), sized::reason);
        assertEquals(0, new BigDecimal("40").compareTo(sized.quantity()), "quantity " + sized.quantity());

        // the increase restarts the 30 days: the next one waits for 30 more profitable days
        post("ACC-CAP-GROW", "{\"capital\": 90000, \"reason\": \"again\"}").statusCode(422)
                .body("message", startsWith("NOT_PROFITABLE_30_DAYS: days=0, required=30"));
    }

    @Test
    void aDecreaseIsAlwaysAcceptedAndItsHigherCashReserveBindsBuys() {
        sendAndAwaitApplied(accounts, snapshot("ACC-CAP-SHRINK", "100000", "101000", "100000"));
        // no history at all, a loss today, and a reserve above the 50 % the rules allow for increases: still taken
        post("ACC-CAP-SHRINK", "{\"capital\": 40000, \"cashReservePct\": 0.60, \"reason\": \"de-risk\"}")
                .statusCode(200).body("capital", amount("40000")).body("cashReservePct", amount("0.60"))
                .body("increase", equalTo(false));

        Decision sized = decide(decisions, recommendation("ACC-CAP-SHRINK", "TEST-CAP-SHRINK", "MSFT", Side.BUY,
                "100"));
        assertEquals(DecisionOutcome.APPROVED, sized.outcome(), sized::reason);
        assertEquals(0, new BigDecimal("20").compareTo(sized.quantity()), "quantity " + sized.quantity());

        // $61,000 cash less a $2,000 buy leaves 59 % of equity, below the 60 % reserve now in force
        sendAndAwaitApplied(accounts, snapshot("ACC-CAP-SHRINK", "100000", "101000", "61000"));
        Decision refused = decide(decisions, recommendation("ACC-CAP-SHRINK", "TEST-CAP-SHRINK", "NVDA", Side.BUY,
                "100"));
        assertEquals(DenialReason.CASH_RESERVE_BELOW_MIN, refused.reasonCode(), refused::reason);
        assertEquals(true, refused.reasonMessage().startsWith("min=60.00%"), refused.reasonMessage());

        post("ACC-CAP-SHRINK", "{\"capital\": 1, \"reason\": \"almost nothing\"}").statusCode(200)
                .body("capital", amount("1"));
    }

    @Test
    void onlyAnAdminMayChangeCapital() {
        String body = "{\"capital\": 1000, \"reason\": \"authz\"}";
        for (String role : new String[] { "viewer", "approver", "risk-officer", "service" }) {
            given().auth().oauth2(TestJwt.token("eve", role)).contentType(ContentType.JSON).body(body)
                    .post("/accounts/{a}/capital", "ACC-CAP-RULES").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post("/accounts/{a}/capital", "ACC-CAP-RULES").then()
                .statusCode(401);
        given().auth().oauth2(TestJwt.expiredToken("eve", "admin")).contentType(ContentType.JSON).body(body)
                .post("/accounts/{a}/capital", "ACC-CAP-RULES").then().statusCode(401);
        given().get("/accounts/{a}/capital", "ACC-CAP-RULES").then().statusCode(401);
    }

    @Test
    void badInputIsA400NamingTheField() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).post("/accounts/{a}/capital", "ACC-CAP-RULES")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        post("ACC-CAP-RULES", "{\"reason\": \"no capital\"}").statusCode(400)
                .body("message", containsString("capital: is required"));
        post("ACC-CAP-RULES", "{\"capital\": 0, \"reason\": \"zero\"}").statusCode(400)
                .body("violations[0].field", equalTo("capital")).body("message", containsString("got 0"));
        post("ACC-CAP-RULES", "{\"capital\": -5000, \"reason\": \"negative\"}").statusCode(400)
                .body("violations[0].field", equalTo("capital")).body("message", containsString("got -5000"));
        post("ACC-CAP-RULES", "{\"capital\": \"lots\", \"reason\": \"text\"}").statusCode(400)
                .body("violations[0].field", equalTo("capital"));
        post("ACC-CAP-RULES", "{\"capital\": 1000, \"cashReservePct\": 1.5, \"reason\": \"x\"}").statusCode(400)
                .body("violations[0].field", equalTo("cashReservePct"));
        post("ACC-CAP-RULES", "{\"capital\": 1000}").statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        post("NO-SUCH-ACCOUNT", "{\"capital\": 1000, \"reason\": \"x\"}").statusCode(404);
    }

    /** A JSON number equal to {@code expected} whatever its scale (NUMERIC columns come back as 80000.0000). */
    private static Matcher<Object> amount(String expected) {
        return new CustomMatcher<>("an amount equal to " + expected) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }

    private static ValidatableResponse post(String account, String body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .post("/accounts/{a}/capital", account).then();
    }

    /**
     * The {@code days} NYSE trading days before today, each closing {@code dailyChange} above the one before from
     * $100,000, sent as execution-service's 3 pm snapshots; then today's snapshot. Waits until all are recorded.
     */
    private void seedTradingDays(String account, int days, BigDecimal dailyChange) {
        LocalDate today = NyseCalendar.marketDate(java.time.Instant.now());
        BigDecimal equity = new BigDecimal("100000");
        for (int back = days; back >= 1; back--) {
            LocalDate day = CALENDAR.tradingDaysBefore(today, back);
            BigDecimal close = equity.add(dailyChange);
            send(snapshot(NyseCalendar.at(day, LocalTime.of(15, 0)), account, close.toPlainString(),
                    equity.toPlainString(), close.toPlainString()));
            equity = close;
        }
        sendAndAwaitApplied(accounts, snapshot(account, equity.toPlainString(), equity.toPlainString(),
                equity.toPlainString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ADMIN)
                .get("/accounts/{a}/capital", account).then().extract().path("tradingDays").equals(days));
    }
}

package dev.tradeguard.monitor.rest;

import static dev.tradeguard.monitor.MonitorFixtures.fill;
import static dev.tradeguard.monitor.MonitorFixtures.midday;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static dev.tradeguard.monitor.MonitorFixtures.numberEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.monitor.service.LedgerService;
import dev.tradeguard.monitor.service.RecommendationService;
import dev.tradeguard.monitor.service.SnapshotService;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
class PerformanceResourceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** Money and ratios compared as BigDecimal, not float. */
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    SnapshotService snapshots;

    @Inject
    LedgerService ledger;

    @Inject
    RecommendationService recommendations;

    @Test
    void flatEquityReportsSharpeAsUndefinedWithItsReason() {
        String account = "ACC-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            snapshots.record(snapshot(account, midday(MONDAY.plusDays(i)), "100000", "100000", List.of()));
        }
        given().config(DECIMALS).auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/performance/metrics?account={a}&from=2026-03-02&to=2026-03-06", account)
                .then().statusCode(200)
                .body("sharpe.value", nullValue())
                .body("sharpe.undefinedReason", equalTo("equity did not vary (zero volatility)"))
                .body("totalReturn.value", numberEqualTo("0"))
                .body("winRate.undefinedReason", equalTo("no closed trades"))
                .body("maxDrawdown.depth.value", numberEqualTo("0"));
    }

    @Test
    void recommendationOutcomesSayWhetherTradedAndWhetherTheStopWasHit() {
        String account = "ACC-" + UUID.randomUUID();
        String traded = "rec-traded-" + account;
        recommendations.record(recommendation(account, traded, "JNJ", Side.BUY, "100", "95", "120",
                midday(MONDAY)));
        recommendations.record(recommendation(account, "rec-idle-" + account, "PG", Side.BUY, "50", "46", "60",
                midday(MONDAY)));
        ledger.record(fill(account, traded, "b-" + account, "JNJ", Side.BUY, "10", "99.5", "10",
                midday(MONDAY).plus(Duration.ofMinutes(5))));
        ledger.record(fill(account, traded, "s-" + account, "JNJ", Side.SELL, "10", "94.8", "0",
                midday(MONDAY.plusDays(1))));

        given().config(DECIMALS).auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/performance/recommendations?account={a}&from=2026-03-02&to=2026-03-02", account)
                .then().statusCode(200).body("", hasSize(2))
                .body("status", containsInAnyOrder("CLOSED", "NOT_TRADED"))
                .body("find { it.status == 'CLOSED' }.realizedPnl", numberEqualTo("-47"))   // 10 × (94.8 - 99.5)
                .body("find { it.status == 'CLOSED' }.stopHit", equalTo(true))        // 94.8 ≤ 95
                .body("find { it.status == 'CLOSED' }.targetHit", equalTo(false));
        given().config(DECIMALS).auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/performance/metrics?account={a}&from=2026-03-02&to=2026-03-06", account)
                .then().statusCode(200).body("trades", equalTo(1))
                .body("slippageVsLimitBps.value", numberEqualTo("0"))
                .body("slippageVsRecommendationBps.value", numberEqualTo("-50"));          // (99.5 - 100) / 100 × 10⁴
    }

    @Test
    void badParametersAreAnsweredWith400NamingEachField() {
        given().config(DECIMALS).auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/performance/metrics?from=yesterday&to=2026-13-01")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("account", "from", "to"));
    }
}

package dev.tradeguard.monitor.rest;

import static dev.tradeguard.monitor.MonitorFixtures.fill;
import static dev.tradeguard.monitor.MonitorFixtures.halted;
import static dev.tradeguard.monitor.MonitorFixtures.json;
import static dev.tradeguard.monitor.MonitorFixtures.midday;
import static dev.tradeguard.monitor.MonitorFixtures.position;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.domain.GoLiveGate;
import dev.tradeguard.monitor.repository.AccountKeysRepository;
import dev.tradeguard.monitor.service.LedgerService;
import dev.tradeguard.monitor.service.RecommendationService;
import dev.tradeguard.monitor.service.SnapshotService;
import dev.tradeguard.monitor.service.TradingStateService;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GoLiveResourceTest {
    @Inject
    SnapshotService snapshots;

    @Inject
    LedgerService ledger;

    @Inject
    RecommendationService recommendations;

    @Inject
    TradingStateService tradingStates;

    @Inject
    AccountKeysRepository keys;

    @Test
    void aShortLosingHistoryIsNoGoWithAReasonPerFailedCriterion() {
        String account = "ACC-" + UUID.randomUUID();
        List<LocalDate> days = weekdaysEndingYesterday(3);
        String[] equity = {"100000", "99000", "98000"};
        for (int i = 0; i < days.size(); i++) {
            snapshots.record(snapshot(account, midday(days.get(i)), equity[i], i == 0 ? equity[0] : equity[i - 1],
                    List.of()));
        }
        ledger.record(fill(account, null, "b1-" + account, "KO", Side.BUY, "10", "50", "10",
                midday(days.get(0))));
        ledger.record(fill(account, null, "b2-" + account, "KO", Side.SELL, "10", "45", "0", midday(days.get(1))));

        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/readiness/go-live?account={a}", account)
                .then().statusCode(200).body("verdict", equalTo("NO_GO"))
                .body("criteria", hasSize(8))
                .body("criteria.find { it.name == '" + GoLiveGate.PAPER_DAYS + "' }.status", equalTo("FAIL"))
                .body("criteria.find { it.name == '" + GoLiveGate.WIN_RATE + "' }.value", equalTo("0.0000"))
                .body("criteria.find { it.name == '" + GoLiveGate.WIN_RATE + "' }.threshold", equalTo("≥ 0.60"))
                .body("criteria.find { it.name == '" + GoLiveGate.KILL_SWITCH + "' }.status", equalTo("FAIL"))
                .body("criteria.find { it.name == '" + GoLiveGate.ALERT_CHANNELS + "' }.status",
                        equalTo("UNKNOWN"))
                .body("reasons", hasItem(containsString(GoLiveGate.PAPER_DAYS)))
                .body("reasons", hasItem(containsString("win rate: 0.0000 is below 0.60")))
                .body("reasons", hasItem(containsString(GoLiveGate.SHARPE)))
                .body("reasons", hasItem(containsString(GoLiveGate.STOPS + ": no position observed yet")))
                .body("reasons", hasItem(GoLiveGate.KEY_AGE
                        + ": unknown: keys-issued-on not configured (execution-service's ALPACA_KEYS_ISSUED_ON)"));
    }

    @Test
    void theKeyAgeComesFromTheNewestSnapshotOnPositions() {
        String account = "ACC-" + UUID.randomUUID();
        LocalDate today = NyseCalendar.marketDate(Instant.now());
        Instant at = Instant.now().minus(Duration.ofHours(1));
        TestKafka.send(Topics.POSITIONS, account,
                json(withKeys(snapshot(account, at, "100000", "100000", List.of()), today.minusDays(91))));
        await().atMost(Duration.ofSeconds(30)).until(() -> keys.issuedOn(account).isPresent());
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/readiness/go-live?account={a}", account)
                .then().statusCode(200).body("verdict", equalTo("NO_GO"))
                .body("criteria.find { it.name == '" + GoLiveGate.KEY_AGE + "' }.status", equalTo("FAIL"))
                .body("criteria.find { it.name == '" + GoLiveGate.KEY_AGE + "' }.value", equalTo("91 days"));

        // Rotated: the next snapshot says so, and a late older one does not bring the old keys back.
        keys.record(withKeys(snapshot(account, at.plusSeconds(60), "100000", "100000", List.of()),
                today.minusDays(2)));
        keys.record(withKeys(snapshot(account, at.minusSeconds(60), "100000", "100000", List.of()),
                today.minusDays(91)));
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/readiness/go-live?account={a}", account)
                .then().statusCode(200)
                .body("criteria.find { it.name == '" + GoLiveGate.KEY_AGE + "' }.status", equalTo("PASS"))
                .body("criteria.find { it.name == '" + GoLiveGate.KEY_AGE + "' }.value", equalTo("2 days"));
    }

    @Test
    void aHistoryMeetingEveryThresholdIsGo() {
        String account = "ACC-" + UUID.randomUUID();
        List<LocalDate> days = weekdaysEndingYesterday(45);
        BigDecimal equity = new BigDecimal("100000");
        BigDecimal previous = equity;
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            List<PositionSnapshot> held = new ArrayList<>();
            if (i % 5 == 0 && i < 25) {
                // Trade i/5: recommended with a stop, bought, shown in the snapshot, sold the next day.
                String symbol = "S" + (char) ('A' + i / 5);
                String rec = "rec-" + symbol + "-" + account;
                recommendations.record(recommendation(account, rec, symbol, Side.BUY, "100", "92", "120",
                        midday(day).minus(Duration.ofHours(4))));
                ledger.record(fill(account, rec, "b-" + rec, symbol, Side.BUY, "10", "100", "10",
                        midday(day).minus(Duration.ofHours(2))));
                ledger.record(fill(account, rec, "s-" + rec, symbol, Side.SELL, "10", i == 20 ? "98" : "105", "0",
                        midday(days.get(i + 1)).minus(Duration.ofHours(2))));
                held.add(position(symbol, "10", "100", "101"));
            }
            snapshots.record(snapshot(account, midday(day), equity.toPlainString(), previous.toPlainString(), held));
            previous = equity;
            // +0.6 % and -0.2 % on alternate days: Sharpe ≈ 7.8, max drawdown 0.2 %
            BigDecimal move = i % 2 == 0 ? new BigDecimal("1.006") : new BigDecimal("0.998");
            equity = equity.multiply(move).setScale(2, RoundingMode.HALF_EVEN);
        }
        tradingStates.record(halted(account, midday(days.get(days.size() - 5))));
        keys.record(withKeys(snapshot(account, midday(days.get(days.size() - 1)), equity.toPlainString(),
                previous.toPlainString(), List.of()), days.get(0)));

        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/readiness/go-live?account={a}", account)
                .then().statusCode(200).body("verdict", equalTo("GO")).body("reasons", hasSize(0))
                .body("criteria.status", hasItems("PASS", "UNKNOWN"))
                .body("criteria.findAll { it.status == 'FAIL' }", hasSize(0))
                .body("criteria.find { it.name == '" + GoLiveGate.WIN_RATE + "' }.value", equalTo("0.8000"))
                .body("criteria.find { it.name == '" + GoLiveGate.STOPS + "' }.value",
                        equalTo("0 of 5 without a stop"))
                .body("manualChecks", hasItem(containsString(GoLiveGate.ALERT_CHANNELS)));
    }

    @Test
    void theAccountParameterIsRequired() {
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/readiness/go-live")
                .then().statusCode(400).body("violations[0].field", equalTo("account"));
    }

    static AccountSnapshot withKeys(AccountSnapshot s, LocalDate keysIssuedOn) {
        return new AccountSnapshot(s.eventId(), s.schemaVersion(), s.accountId(), s.strategy(), s.occurredAt(),
                s.correlationId(), s.equity(), s.lastEquity(), s.cash(), s.buyingPower(), s.positions(), s.clock(),
                keysIssuedOn);
    }

    static List<LocalDate> weekdaysEndingYesterday(int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = NyseCalendar.marketDate(Instant.now()).minusDays(1);
        while (days.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, day);
            }
            day = day.minusDays(1);
        }
        return days;
    }
}

package dev.tradeguard.monitor.service;

import static dev.tradeguard.monitor.MonitorFixtures.midday;
import static dev.tradeguard.monitor.MonitorFixtures.position;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MonitorGaugesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    @Inject
    SnapshotService snapshots;

    @Inject
    RedFlagService redFlags;

    @Test
    void prometheusShowsEquityDailyPnlPositionsAndDrawdownPerAccount() {
        String account = "ACC-" + UUID.randomUUID();
        snapshots.record(snapshot(account, midday(MONDAY), "100000", "100000", List.of()));
        snapshots.record(snapshot(account, midday(MONDAY.plusDays(1)), "99000", "100000",
                List.of(position("JNJ", "10", "100", "101"), position("KO", "5", "60", "59"))));
        redFlags.evaluate(account, MONDAY.plusDays(1));

        String tags = "account=\"" + account + "\",strategy=\"ALL\"";
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradeguard_monitor_equity{" + tags + "} 99000.0"))
                .body(containsString("tradeguard_monitor_daily_pnl_pct{" + tags + "} -1.0"))   // 99000/100000 - 1
                .body(containsString("tradeguard_monitor_open_positions{" + tags + "} 2.0"))
                .body(containsString("tradeguard_monitor_drawdown_pct{" + tags + "} 1.0"))     // (100000-99000)/100000
                // one daily return: Sharpe and win rate are undefined, so they are not exported (no NaN)
                .body(not(containsString("tradeguard_monitor_sharpe{" + tags)))
                .body(not(containsString("tradeguard_monitor_win_rate{" + tags)));
    }
}

package dev.tradeguard.monitor.service;

import static dev.tradeguard.monitor.MonitorFixtures.fill;
import static dev.tradeguard.monitor.MonitorFixtures.midday;
import static dev.tradeguard.monitor.MonitorFixtures.queuedAlerts;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.repository.BenchmarkRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RedFlagServiceTest {
    /** A week no other test writes benchmark closes for. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);

    @Inject
    RedFlagService redFlags;

    @Inject
    SnapshotService snapshots;

    @Inject
    LedgerService ledger;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BenchmarkRepository benchmark;

    @Test
    void aBadDayRaisesOneStopTradingAlertNamingEveryFlag() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String[] equity = {"100000", "99000", "98500", "96000"};
        for (int i = 0; i < equity.length; i++) {
            snapshots.record(snapshot(account, midday(MONDAY.plusDays(i)), equity[i],
                    equity[Math.max(0, i - 1)], List.of()));
        }
        for (int i = 0; i < 3; i++) {
            String symbol = "L" + i;
            ledger.record(fill(account, null, "b-" + symbol + account, symbol, Side.BUY, "10", "100", "10",
                    midday(MONDAY.plusDays(i))));
            ledger.record(fill(account, null, "s-" + symbol + account, symbol, Side.SELL, "10", "90", "0",
                    midday(MONDAY.plusDays(i)).plus(Duration.ofHours(1))));
        }
        LocalDate thursday = MONDAY.plusDays(3);
        benchmark.store("SPY", List.of(new DailyValue(MONDAY, new BigDecimal("600")),
                new DailyValue(MONDAY.plusDays(1), new BigDecimal("601")),
                new DailyValue(MONDAY.plusDays(2), new BigDecimal("602")),
                new DailyValue(thursday, new BigDecimal("603"))));

        List<String> flags = redFlags.evaluate(account, thursday);
        redFlags.evaluate(account, thursday);

        // daily loss 96000 / 98500 - 1 = -2.54 %; drawdown 4 % stays under 10 %; SPY 603 / 600 - 1 = +0.50 %
        assertEquals(5, flags.size(), flags.toString());
        assertTrue(flags.get(0).startsWith("win rate 0.00 % is below 50.00 %"), flags.get(0));
        assertTrue(flags.get(1).startsWith("3 consecutive losing trades"), flags.get(1));
        assertEquals("daily loss 2.54 % is more than 2.00 %", flags.get(2));
        assertTrue(flags.get(3).startsWith("Sharpe ratio -"), flags.get(3));
        assertEquals("return -4.00 % trails the S&P 500 (SPY) 0.50 % over the same period", flags.get(4));
        List<Alert> alerts = queuedAlerts(dataSource, account).stream()
                .filter(alert -> alert.alertType() == AlertType.RED_FLAG).toList();
        assertEquals(1, alerts.size(), "evaluated twice, raised once");
        assertTrue(alerts.get(0).message().startsWith("Stop trading"), alerts.get(0).message());
        assertEquals("daily loss 2.54 % is more than 2.00 %", alerts.get(0).details().get("flag3"));
    }

    @Test
    void aHealthyDayRaisesNothing() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        snapshots.record(snapshot(account, midday(MONDAY), "100000", "100000", List.of()));
        snapshots.record(snapshot(account, midday(MONDAY.plusDays(1)), "100500", "100000", List.of()));
        assertEquals(List.of(), redFlags.evaluate(account, MONDAY.plusDays(1)));
        assertTrue(queuedAlerts(dataSource, account).isEmpty());
    }
}

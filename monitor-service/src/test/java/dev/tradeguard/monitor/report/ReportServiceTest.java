package dev.tradeguard.monitor.report;

import static dev.tradeguard.monitor.MonitorFixtures.fill;
import static dev.tradeguard.monitor.MonitorFixtures.midday;
import static dev.tradeguard.monitor.MonitorFixtures.numberEqualTo;
import static dev.tradeguard.monitor.MonitorFixtures.position;
import static dev.tradeguard.monitor.MonitorFixtures.queuedAlerts;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.repository.BenchmarkRepository;
import dev.tradeguard.monitor.service.LedgerService;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.monitor.service.SnapshotService;
import dev.tradeguard.testing.TestJwt;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReportServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Inject
    ReportService reports;

    @Inject
    SnapshotService snapshots;

    @Inject
    LedgerService ledger;

    @Inject
    PerformanceService performance;

    @Inject
    BenchmarkRepository benchmark;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDailySummaryIsSentOnceWithTheGuidesFields() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        ledger.record(fill(account, null, "b-" + account, "KO", Side.BUY, "10", "60", "10",
                midday(MONDAY).minus(Duration.ofHours(3))));
        ledger.record(fill(account, null, "s-" + account, "KO", Side.SELL, "10", "63", "0",
                midday(MONDAY).minus(Duration.ofHours(1))));
        snapshots.record(snapshot(account, midday(MONDAY), "101030", "100000",
                List.of(position("JNJ", "20", "150", "151.5"))));

        assertTrue(reports.sendDaily(account, MONDAY));
        assertFalse(reports.sendDaily(account, MONDAY), "a second run the same day sends nothing");
        assertFalse(reports.sendDaily(account, MONDAY.plusDays(1)), "no close that day, no summary");

        List<Alert> summaries = queuedAlerts(dataSource, account).stream()
                .filter(alert -> alert.alertType() == AlertType.DAILY_SUMMARY).toList();
        assertEquals(1, summaries.size());
        Alert summary = summaries.get(0);
        assertEquals("100000.00", summary.details().get("startingValue"));
        assertEquals("101030.00", summary.details().get("endingValue"));
        assertEquals("1030.00", summary.details().get("dailyPnl"));         // 101030 - 100000
        assertEquals("1.03 %", summary.details().get("dailyPnlPct"));
        assertEquals("2", summary.details().get("tradesExecuted"));
        assertEquals("1", summary.details().get("positionsClosed"));
        assertEquals("1", summary.details().get("openPositions"));
        assertEquals("50000.00", summary.details().get("cash"));
        assertEquals("0.00", summary.details().get("marginUsed"));

        given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/reports/daily?account={a}&date=2026-04-06&format=html", account)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Daily summary " + account + " 2026-04-06"))
                .body(containsString("<th>Daily P&amp;L</th><td>1030.00</td>"))
                .body(containsString("src=\"performance.png?account=" + account + "&amp;from=2026-04-06&amp;to=2026-04-06\""));
    }

    @Test
    void theWeeklyReviewListsWinnersLosersAndAllocationByStrategy() {
        String account = "ACC-" + UUID.randomUUID();
        String[] results = {"70", "40", "25"};
        for (int i = 0; i < results.length; i++) {
            String symbol = "W" + i;
            ledger.record(fill(account, null, "b-" + symbol + account, symbol, Side.BUY, "10", "30", "10",
                    midday(MONDAY.plusDays(i))));
            ledger.record(fill(account, null, "s-" + symbol + account, symbol, Side.SELL, "10", results[i], "0",
                    midday(MONDAY.plusDays(i)).plus(Duration.ofHours(1))));
            snapshots.record(snapshot(account, midday(MONDAY.plusDays(i)), "10000", "10000", List.of()));
        }
        given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/reports/weekly?account={a}&date=2026-04-08", account)
                .then().statusCode(200).body("period", equalTo("week 2026-04-06 to 2026-04-12"))
                .body("metrics.trades", equalTo(3))
                .body("largestWinners", hasSize(2)).body("largestWinners[0].symbol", equalTo("W0"))
                .body("largestWinners[0].realizedPnl", numberEqualTo("400"))    // 10 × (70 - 30)
                .body("largestLosers[0].symbol", equalTo("W2"))
                .body("allocation[0].strategy", equalTo("DEE-BOT"))
                .body("allocation[0].trades", equalTo(3))
                .body("allocation[0].realizedPnl", numberEqualTo("450"));       // 400 + 100 - 50
        given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/reports/monthly?account={a}&date=2026-05-03&format=html", account)
                .then().statusCode(200).body(containsString("month 2026-04"))
                .body(containsString("performance.png?account="));
    }

    @Test
    void thePerformanceChartIsAReadablePng() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        List<DailyValue> spy = new ArrayList<>();
        BigDecimal equity = new BigDecimal("100000");
        BigDecimal index = new BigDecimal("520");
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < 60; i++, day = day.plusDays(day.getDayOfWeek().getValue() == 5 ? 3 : 1)) {
            snapshots.record(snapshot(account, midday(day), equity.toPlainString(), equity.toPlainString(),
                    List.of()));
            spy.add(new DailyValue(day, index));
            equity = equity.multiply(new BigDecimal(i % 7 < 4 ? "1.006" : "0.993")).setScale(2,
                    java.math.RoundingMode.HALF_EVEN);
            index = index.multiply(new BigDecimal(i % 5 < 3 ? "1.003" : "0.996")).setScale(2,
                    java.math.RoundingMode.HALF_EVEN);
        }
        benchmark.store("SPY", spy);

        byte[] png = given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .get("/reports/performance.png?account={a}&from=2026-01-01&to=2026-03-31", account)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();

        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1000, image.getWidth());
        assertEquals(640, image.getHeight());
        Path target = Path.of("target", "performance-chart.png");
        Files.write(target, png);   // for a person to look at
    }

    @Test
    void aOneDayChartDrawsTheDaysValuationsAndAnEmptyDaySaysSo() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String[] equities = {"100000", "100250", "99900", "100400"};
        for (int i = 0; i < equities.length; i++) {
            snapshots.record(snapshot(account, NyseCalendar.at(MONDAY, LocalTime.of(10 + i * 2, 0)), equities[i], "100000",
                    List.of()));
        }

        assertEquals(List.of("100000", "100250", "99900", "100400"), performance.intradayCurve(
                performance.account(account, null), MONDAY).stream()
                .map(value -> value.equity().stripTrailingZeros().toPlainString()).toList());
        byte[] drawn = oneDayChart(account, MONDAY);
        byte[] empty = oneDayChart(account, MONDAY.plusDays(1));

        BufferedImage day = ImageIO.read(new ByteArrayInputStream(drawn));
        BufferedImage none = ImageIO.read(new ByteArrayInputStream(empty));
        assertEquals(PerformanceChart.WIDTH, day.getWidth());
        assertTrue(blueInPlot(day) > 100, "the equity line is drawn");
        assertEquals(0, blueInPlot(none), "no line on a day without valuations");
        Files.write(Path.of("target", "performance-chart-day.png"), drawn);
    }

    private static byte[] oneDayChart(String account, LocalDate day) {
        return given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .queryParam("account", account).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/reports/performance.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
    }

    /** The pixels of the plot in the equity line's blue. */
    private static long blueInPlot(BufferedImage image) {
        long count = 0;
        for (int y = PerformanceChart.VALUE_TOP + 2; y < PerformanceChart.VALUE_BOTTOM - 2; y++) {
            for (int x = PerformanceChart.LEFT + 2; x < PerformanceChart.RIGHT - 2; x++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int blue = rgb & 0xff;
                count += blue - red > 80 ? 1 : 0;
            }
        }
        return count;
    }
}

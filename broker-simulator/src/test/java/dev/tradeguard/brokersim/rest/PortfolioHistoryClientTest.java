package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.AlpacaClients;
import dev.tradeguard.brokersim.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import net.jacobpeterson.alpaca.AlpacaAPI;
import net.jacobpeterson.alpaca.model.endpoint.account.Account;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.historical.bar.enums.BarTimePeriod;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.bar.StockBar;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.bar.enums.BarAdjustment;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.bar.enums.BarFeed;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderSide;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderTimeInForce;
import net.jacobpeterson.alpaca.model.endpoint.portfoliohistory.PortfolioHistory;
import net.jacobpeterson.alpaca.model.endpoint.portfoliohistory.PortfolioHistoryDataPoint;
import net.jacobpeterson.alpaca.model.endpoint.portfoliohistory.enums.PortfolioPeriodUnit;
import net.jacobpeterson.alpaca.model.endpoint.portfoliohistory.enums.PortfolioTimeFrame;
import net.jacobpeterson.alpaca.rest.AlpacaClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /v2/account/portfolio/history through the real Alpaca client, checked against the simulator's own ledger and
 * price path: a 10-share SPY position bought at 500 at 10:00 New York, then valued minute by minute.
 */
@QuarkusTest
class PortfolioHistoryClientTest {

    static final Instant TUESDAY_10_00 = Instant.parse("2024-03-05T15:00:00Z");
    static final BigDecimal CASH_AFTER_BUY = new BigDecimal("95000");
    static final BigDecimal SHARES = BigDecimal.TEN;

    @TestHTTPResource("/")
    URL simulator;

    AlpacaAPI alpaca;

    @BeforeEach
    void tenSpyBoughtAt500AtTheOpeningOfTheAccount() throws Exception {
        SimulatorAdmin.resetSteppedAt(simulator, TUESDAY_10_00.toString());
        admin().body("{\"price\":\"500.00\"}").put("/admin/prices/SPY").then().statusCode(200);
        alpaca = AlpacaClients.pointedAt(simulator);
        alpaca.orders().requestMarketOrder("SPY", 10, OrderSide.BUY, OrderTimeInForce.DAY);
    }

    io.restassured.specification.RequestSpecification admin() {
        return SimulatorAdmin.admin(simulator);
    }

    void advance(Duration step) {
        admin().body("{\"seconds\":" + step.toSeconds() + "}").post("/admin/clock/advance").then().statusCode(200);
    }

    static BigDecimal decimal(Double value) {
        return BigDecimal.valueOf(value);
    }

    static Instant at(PortfolioHistoryDataPoint point) {
        return point.getTimestamp().toInstant();
    }

    Map<Instant, BigDecimal> spyMinuteCloses(Instant from, Instant to) throws Exception {
        Map<Instant, BigDecimal> closes = new HashMap<>();
        for (StockBar bar : alpaca.stockMarketData().getBars("SPY", from.atZone(java.time.ZoneOffset.UTC),
                to.atZone(java.time.ZoneOffset.UTC), null, null, 1, BarTimePeriod.MINUTE, BarAdjustment.RAW,
                BarFeed.IEX).getBars()) {
            closes.put(bar.getTimestamp().toInstant(), decimal(bar.getClose()));
        }
        return closes;
    }

    @Test
    void eachMinutesEquityIsTheCashPlusTheSharesAtThatMinutesCloseAndTheLastIsTheAccountsEquity() throws Exception {
        advance(Duration.ofMinutes(30));
        Account account = alpaca.account().get();

        PortfolioHistory history = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY,
                PortfolioTimeFrame.ONE_MIN, null, false);

        List<PortfolioHistoryDataPoint> points = history.getDataPoints();
        assertThat(history.getTimeframe()).isEqualTo(PortfolioTimeFrame.ONE_MIN);
        assertThat(points).hasSize(31);
        assertThat(at(points.get(0))).isEqualTo(TUESDAY_10_00);
        assertThat(at(points.get(30))).isEqualTo(TUESDAY_10_00.plus(Duration.ofMinutes(30)));
        Map<Instant, BigDecimal> closes = spyMinuteCloses(TUESDAY_10_00, TUESDAY_10_00.plus(Duration.ofMinutes(30)));
        assertThat(closes).hasSize(30);
        for (PortfolioHistoryDataPoint point : points.subList(0, 30)) {
            assertThat(decimal(point.getEquity())).as("equity of the window starting %s", at(point))
                    .isEqualByComparingTo(CASH_AFTER_BUY.add(SHARES.multiply(closes.get(at(point)))));
        }
        assertThat(decimal(points.get(30).getEquity())).isEqualByComparingTo(account.getEquity());
        // The account opened in this session, so the first point is the base (Alpaca: no base_value_asof).
        assertThat(decimal(history.getBaseValue())).isEqualByComparingTo(decimal(points.get(0).getEquity()));
        assertThat(points).allSatisfy(p -> assertThat(decimal(p.getProfitLoss())).isEqualByComparingTo(
                decimal(p.getEquity()).subtract(decimal(history.getBaseValue()))));
        assertThat(points.get(0).getProfitLossPercent()).isZero();
    }

    @Test
    void everyIntradayTimeframeValuesItsWindowsAtTheirEndAsTheMinuteSeriesDoes() throws Exception {
        advance(Duration.ofHours(1));
        Map<Instant, BigDecimal> byMinute = new HashMap<>();
        alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY, PortfolioTimeFrame.ONE_MIN, null, false)
                .getDataPoints().forEach(p -> byMinute.put(at(p), decimal(p.getEquity())));
        BigDecimal equityNow = new BigDecimal(alpaca.account().get().getEquity());
        Instant now = TUESDAY_10_00.plus(Duration.ofHours(1));

        Map<PortfolioTimeFrame, Integer> expectedPoints = Map.of(PortfolioTimeFrame.FIVE_MINUTE, 13,
                PortfolioTimeFrame.FIFTEEN_MINUTE, 5, PortfolioTimeFrame.ONE_HOUR, 2);
        for (var expected : expectedPoints.entrySet()) {
            PortfolioHistory history = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY, expected.getKey(),
                    null, false);
            Duration length = Duration.ofMinutes(switch (expected.getKey()) {
                case FIVE_MINUTE -> 5;
                case FIFTEEN_MINUTE -> 15;
                default -> 60;
            });
            assertThat(history.getTimeframe()).isEqualTo(expected.getKey());
            assertThat(history.getDataPoints()).as(expected.getKey().value()).hasSize(expected.getValue());
            for (PortfolioHistoryDataPoint point : history.getDataPoints()) {
                Instant end = at(point).plus(length);
                BigDecimal expectedEquity = end.isAfter(now) ? equityNow : byMinute.get(end.minus(Duration.ofMinutes(1)));
                assertThat(decimal(point.getEquity())).as("%s window at %s", expected.getKey().value(), at(point))
                        .isEqualByComparingTo(expectedEquity);
            }
        }
        // 1H windows step from the 09:30 open: 09:30-10:30 (the account opened at 10:00) and 10:30-11:30 (running).
        assertThat(alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY, PortfolioTimeFrame.ONE_HOUR, null,
                false).getDataPoints()).extracting(PortfolioHistoryClientTest::at).containsExactly(
                Instant.parse("2024-03-05T14:30:00Z"), Instant.parse("2024-03-05T15:30:00Z"));
    }

    @Test
    void yesterdaysDailyPointIsTodaysLastEquityAndTodaysIsTheEquityNow() throws Exception {
        admin().body("{\"to\":\"2024-03-06T15:00:00Z\"}").post("/admin/clock/advance").then().statusCode(200);
        Account account = alpaca.account().get();

        PortfolioHistory history = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.WEEK,
                PortfolioTimeFrame.ONE_DAY, null, false);

        assertThat(history.getTimeframe()).isEqualTo(PortfolioTimeFrame.ONE_DAY);
        assertThat(history.getDataPoints()).extracting(PortfolioHistoryClientTest::at).containsExactly(
                Instant.parse("2024-03-05T05:00:00Z"), Instant.parse("2024-03-06T05:00:00Z"));
        assertThat(decimal(history.getDataPoints().get(0).getEquity())).isEqualByComparingTo(account.getLastEquity());
        assertThat(decimal(history.getDataPoints().get(1).getEquity())).isEqualByComparingTo(account.getEquity());
        BigDecimal tuesdayClose = CASH_AFTER_BUY.add(SHARES.multiply(spyMinuteCloses(
                Instant.parse("2024-03-05T20:59:00Z"), Instant.parse("2024-03-05T20:59:00Z"))
                .get(Instant.parse("2024-03-05T20:59:00Z"))));
        assertThat(new BigDecimal(account.getLastEquity())).isEqualByComparingTo(tuesdayClose);
    }

    @Test
    void anIntradayChartOfASecondDayIsMeasuredFromThePreviousClose() throws Exception {
        admin().body("{\"to\":\"2024-03-06T15:00:00Z\"}").post("/admin/clock/advance").then().statusCode(200);
        String lastEquity = alpaca.account().get().getLastEquity();

        PortfolioHistory history = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY,
                PortfolioTimeFrame.FIFTEEN_MINUTE, null, false);

        assertThat(decimal(history.getBaseValue())).isEqualByComparingTo(lastEquity);
        assertThat(at(history.getDataPoints().get(0))).isEqualTo(Instant.parse("2024-03-06T14:30:00Z"));
        GateAndFaultsTest.alpaca().get("/v2/account/portfolio/history?period=1D&timeframe=15Min").then()
                .statusCode(200).body("base_value_asof", equalTo("2024-03-05"));
    }

    @Test
    void extendedHoursAddTheWindowsAfterTheClose() throws Exception {
        admin().body("{\"to\":\"2024-03-05T21:30:00Z\"}").post("/admin/clock/advance").then().statusCode(200);
        LocalDate tuesday = LocalDate.parse("2024-03-05");

        List<PortfolioHistoryDataPoint> regular = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY,
                PortfolioTimeFrame.FIFTEEN_MINUTE, tuesday, false).getDataPoints();
        List<PortfolioHistoryDataPoint> extended = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.DAY,
                PortfolioTimeFrame.FIFTEEN_MINUTE, tuesday, true).getDataPoints();

        assertThat(at(regular.get(regular.size() - 1))).isEqualTo(Instant.parse("2024-03-05T20:45:00Z"));
        assertThat(at(extended.get(extended.size() - 1))).isEqualTo(Instant.parse("2024-03-05T21:30:00Z"));
        assertThat(extended).hasSize(regular.size() + 3);
    }

    @Test
    void withoutParametersTheHistoryIsAMonthOfDailyPoints() throws Exception {
        PortfolioHistory history = alpaca.portfolioHistory().get(null, null, null, null, null);

        assertThat(history.getTimeframe()).isEqualTo(PortfolioTimeFrame.ONE_DAY);
        assertThat(history.getDataPoints()).extracting(PortfolioHistoryClientTest::at)
                .containsExactly(Instant.parse("2024-03-05T05:00:00Z"));
        assertThat(decimal(history.getDataPoints().get(0).getEquity()))
                .isEqualByComparingTo(alpaca.account().get().getEquity());
    }

    @Test
    void aDateEndBeforeTheAccountOpenedHasNoPoints() throws Exception {
        PortfolioHistory history = alpaca.portfolioHistory().get(1, PortfolioPeriodUnit.WEEK,
                PortfolioTimeFrame.ONE_DAY, LocalDate.parse("2024-03-01"), false);

        assertThat(history.getDataPoints()).isEmpty();
    }

    @Test
    void anIntradayTimeframeOverMoreThan30DaysIsRefusedNamingBoth() {
        assertThatThrownBy(() -> alpaca.portfolioHistory().get(3, PortfolioPeriodUnit.MONTH,
                PortfolioTimeFrame.ONE_MIN, null, false))
                .isInstanceOfSatisfying(AlpacaClientException.class, e -> {
                    // alpaca-java parses the error body lazily, in getMessage().
                    assertThat(e.getMessage()).contains("only available for periods of 30 days or less");
                    assertThat(e.getResponseStatusCode()).isEqualTo(422);
                    assertThat(e.getAPIResponseCode()).isEqualTo(40010001);
                    assertThat(e.getAPIResponseMessage()).isEqualTo(
                            "timeframe 1Min is only available for periods of 30 days or less, got period 3M; use 1D");
                });
    }

    @Test
    void badParametersAreRefusedNamingTheValue() {
        GateAndFaultsTest.alpaca().get("/v2/account/portfolio/history?period=2X").then().statusCode(422)
                .body("code", equalTo(40010001)).body("message", startsWith("invalid period: 2X"));
        GateAndFaultsTest.alpaca().get("/v2/account/portfolio/history?timeframe=2H").then().statusCode(422)
                .body("message", equalTo("invalid timeframe: 2H (1Min, 5Min, 15Min, 1H or 1D)"));
        GateAndFaultsTest.alpaca().get("/v2/account/portfolio/history?start=2024-03-01T00:00:00Z").then()
                .statusCode(422).body("message", startsWith("start is not supported"));
    }
}

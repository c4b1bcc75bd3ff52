package dev.tradeguard.monitor.domain;

import static dev.tradeguard.monitor.domain.MetricsFixtures.assertUndefined;
import static dev.tradeguard.monitor.domain.MetricsFixtures.assertValue;
import static dev.tradeguard.monitor.domain.MetricsFixtures.closes;
import static dev.tradeguard.monitor.domain.MetricsFixtures.trade;
import static dev.tradeguard.monitor.domain.MetricsFixtures.trades;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;

/**
 * Hand-computed fixtures. The expected values are derived from the formulas of docs/metrics.md in the comments; none
 * was copied from the code's output.
 */
class MetricsCalculatorTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final BigDecimal NO_RISK_FREE = BigDecimal.ZERO;

    // Equity 100 → 110 → 99 → 108.9: daily returns +10 %, -10 %, +10 %.
    private static final List<DailyValue> SWING = closes(MONDAY, "100", "110", "99", "108.9");

    @Test
    void totalReturnIsLastOverFirstMinusOne() {
        assertValue("0.089", MetricsCalculator.totalReturn(SWING));              // 108.9 / 100 - 1
    }

    @Test
    void sharpeAnnualisesMeanOverSampleStandardDeviationOfDailyReturns() {
        // mean = 0.1/3 = 1/30; sample variance = ((1/15)² + (2/15)² + (1/15)²) / 2 = 1/75;
        // Sharpe = (1/30) / √(1/75) × √252 = √(75 × 252) / 30 = √18900 / 30 = √21
        List<BigDecimal> returns = MetricsCalculator.dailyReturns(SWING);
        assertValue("4.582575694955840", MetricsCalculator.sharpe(returns, NO_RISK_FREE));
    }

    @Test
    void sharpeSubtractsTheDailyRiskFreeRate() {
        // rf = 2.52 % a year = 0.0001 a day; excess mean = 1/30 - 0.0001 = 0.997 × (1/30) → Sharpe = 0.997 × √21
        List<BigDecimal> returns = MetricsCalculator.dailyReturns(SWING);
        assertValue("4.568827967870972", MetricsCalculator.sharpe(returns, new BigDecimal("0.0252")));
    }

    @Test
    void sortinoDividesByTheDownsideDeviationOverAllDays() {
        // downside = √((0² + 0.1² + 0²) / 3) = √(1/300); (1/30) / √(1/300) = √300 / 30 = 1/√3; × √252 = √84
        List<BigDecimal> returns = MetricsCalculator.dailyReturns(SWING);
        assertValue("9.165151389911680", MetricsCalculator.sortino(returns, NO_RISK_FREE));
    }

    @Test
    void maxDrawdownIsTheWorstPeakToTroughWithItsDatesAndDuration() {
        Drawdown drawdown = MetricsCalculator.maxDrawdown(SWING);
        assertValue("0.1", drawdown.depth());                                  // (110 - 99) / 110
        assertEquals(MONDAY.plusDays(1), drawdown.peak());
        assertEquals(MONDAY.plusDays(2), drawdown.trough());
        assertNull(drawdown.recovery(), "108.9 never got back to 110");
        assertEquals(2, drawdown.durationTradingDays());                       // peak on day 2, still below on day 4
        assertValue("0.01", MetricsCalculator.currentDrawdown(SWING));         // (110 - 108.9) / 110
    }

    @Test
    void aRecoveredDrawdownEndsOnTheDayEquityRegainsThePeak() {
        Drawdown drawdown = MetricsCalculator.maxDrawdown(closes(MONDAY, "100", "120", "90", "130", "125"));
        assertValue("0.25", drawdown.depth());                                 // (120 - 90) / 120
        assertEquals(MONDAY.plusDays(3), drawdown.recovery());
        assertEquals(2, drawdown.durationTradingDays());                       // day 2 → day 4
    }

    @Test
    void alphaAndBetaRegressDailyReturnsOnTheBenchmarksOverCommonDays() {
        // SPY returns +1 %, -2 %, +3 %; the account returns 2 × SPY + 0.1 %: +2.1 %, -3.9 %, +6.1 %.
        List<DailyValue> spy = closes(MONDAY, "400", "404", "395.92", "407.7976");
        List<DailyValue> equity = new java.util.ArrayList<>(
                closes(MONDAY, "100", "102.1", "98.1181", "104.1033041"));
        equity.add(new DailyValue(MONDAY.plusDays(4), new BigDecimal("50")));   // no SPY close that day: ignored
        MetricsCalculator.AlphaBeta regression = MetricsCalculator.alphaBeta(equity, spy, NO_RISK_FREE);
        assertValue("2", regression.beta());
        assertValue("0.252", regression.alpha());                              // 0.001 a day × 252
        assertEquals(3, regression.observations());

        // α = mean(rp - rf) - β × mean(rb - rf) = 0.001 + rf = 0.0011 a day with rf 0.0001 → 0.2772 a year
        assertValue("0.2772", MetricsCalculator.alphaBeta(equity, spy, new BigDecimal("0.0252")).alpha());
        assertValue("0.019494", MetricsCalculator.totalReturn(spy));           // 407.7976 / 400 - 1
    }

    @Test
    void tradeStatisticsOfAMixedHistory() {
        List<RoundTrip> history = trades("300", "-100", "200", "-50", "-50", "-50");
        assertValue("0.3333333333333333", MetricsCalculator.winRate(history));  // 2 wins / 6 trades
        assertValue("250", MetricsCalculator.averageWin(history));             // (300 + 200) / 2
        assertValue("-62.5", MetricsCalculator.averageLoss(history));          // (-100 - 50 - 50 - 50) / 4
        assertValue("4", MetricsCalculator.winLossRatio(history));             // 250 / 62.5
        assertValue("2", MetricsCalculator.profitFactor(history));             // 500 / 250
        assertEquals(3, MetricsCalculator.maxConsecutiveLosses(history));
        assertEquals(3, MetricsCalculator.currentConsecutiveLosses(history));
        assertEquals(0, new BigDecimal("250").compareTo(MetricsCalculator.realizedPnl(history)));
    }

    @Test
    void aBreakEvenTradeEndsALosingStreakButIsNotAWin() {
        List<RoundTrip> history = trades("-1", "-1", "0", "-1");
        assertEquals(2, MetricsCalculator.maxConsecutiveLosses(history));
        assertEquals(1, MetricsCalculator.currentConsecutiveLosses(history));
        assertValue("0", MetricsCalculator.winRate(history));                  // 0 wins / 4 trades
    }

    @Test
    void noTradesLeavesEveryTradeMetricUndefinedWithoutFailing() {
        List<RoundTrip> none = List.of();
        assertUndefined("no closed trades", MetricsCalculator.winRate(none));
        assertUndefined("no winning trades", MetricsCalculator.averageWin(none));
        assertUndefined("no losing trades", MetricsCalculator.averageLoss(none));
        assertUndefined("no closed trades", MetricsCalculator.profitFactor(none));
        assertUndefined("no closed trades", MetricsCalculator.averageHoldingDays(none));
        assertEquals(0, MetricsCalculator.maxConsecutiveLosses(none));
        assertValue("0", MetricsCalculator.tradesPerMonth(0, MONDAY, MONDAY.plusDays(29)));
    }

    @Test
    void oneWinningTradeHasAWinRateOfOneAndNoProfitFactor() {
        List<RoundTrip> one = trades("120");
        assertValue("1", MetricsCalculator.winRate(one));
        assertValue("120", MetricsCalculator.averageWin(one));
        assertUndefined("no losing trades", MetricsCalculator.profitFactor(one));
        assertUndefined("no losing trades", MetricsCalculator.winLossRatio(one));
        assertEquals(0, MetricsCalculator.currentConsecutiveLosses(one));
    }

    @Test
    void allLossesGiveAZeroWinRateAndAZeroProfitFactor() {
        List<RoundTrip> losers = trades("-10", "-30");
        assertValue("0", MetricsCalculator.winRate(losers));
        assertValue("0", MetricsCalculator.profitFactor(losers));              // 0 / 40
        assertValue("-20", MetricsCalculator.averageLoss(losers));
        assertUndefined("no winning trades", MetricsCalculator.averageWin(losers));
        assertEquals(2, MetricsCalculator.maxConsecutiveLosses(losers));
    }

    @Test
    void flatEquityHasAnUndefinedSharpeAndNoDrawdown() {
        List<DailyValue> flat = closes(MONDAY, "100", "100", "100");
        List<BigDecimal> returns = MetricsCalculator.dailyReturns(flat);
        assertUndefined("zero volatility", MetricsCalculator.sharpe(returns, NO_RISK_FREE));
        assertUndefined("zero downside deviation", MetricsCalculator.sortino(returns, NO_RISK_FREE));
        assertValue("0", MetricsCalculator.maxDrawdown(flat).depth());
        assertValue("0", MetricsCalculator.totalReturn(flat));
    }

    @Test
    void oneDailyCloseIsTooShortForReturnsAndRatios() {
        List<DailyValue> single = closes(MONDAY, "100");
        assertUndefined("fewer than two daily closes", MetricsCalculator.totalReturn(single));
        assertUndefined("fewer than two daily returns",
                MetricsCalculator.sharpe(MetricsCalculator.dailyReturns(single), NO_RISK_FREE));
        assertUndefined("fewer than two", MetricsCalculator.alphaBeta(single, single, NO_RISK_FREE).beta());
        assertUndefined("no daily closes", MetricsCalculator.maxDrawdown(List.of()).depth());
    }

    @Test
    void turnoverIsTradesPerAverageMonthOfTheRange() {
        // 1 Jan - 1 Mar 2026 = 60 calendar days; 6 × 30.4375 / 60
        assertValue("3.04375", MetricsCalculator.tradesPerMonth(6, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void averageHoldingTimeIsInDays() {
        Instant open = Instant.parse("2026-03-02T15:00:00Z");
        List<RoundTrip> held = List.of(trade("1", open, open.plusSeconds(86_400)),
                trade("1", open, open.plusSeconds(2 * 86_400)));
        assertValue("1.5", MetricsCalculator.averageHoldingDays(held));
    }

    @Test
    void executionQualityCountsFinishedOrdersAndSignsSlippageAgainstTheTrader() {
        List<OrderExecution> orders = List.of(
                // buy 0.10 under its limit of 100: -10 bps; same vs the recommended 100
                order(Side.BUY, "100", "100", "99.9", "100", "100", true),
                // sell 0.40 over its limit of 200: a better price, -20 bps; same vs the recommended 200
                order(Side.SELL, "10", "10", "200.4", "200", "200", true),
                // market buy at 50.10 against a recommended 50: +20 bps; no limit
                order(Side.BUY, "5", "5", "50.10", null, "50", true),
                // partly filled then canceled: counts for slippage (-10 bps) but not as filled
                order(Side.BUY, "100", "40", "9.99", "10", null, true),
                // still working: not counted in the fill rate
                order(Side.BUY, "100", "0", null, "10", "10", false));
        assertValue("0.75", MetricsCalculator.fillRate(orders));                          // 3 filled / 4 finished
        assertValue("-13.33333333333333", MetricsCalculator.slippageVsLimitBps(orders));  // (-10 - 20 - 10) / 3
        assertValue("-3.333333333333333", MetricsCalculator.slippageVsRecommendationBps(orders)); // (-10-20+20)/3
        assertUndefined("no finished orders", MetricsCalculator.fillRate(List.of()));
    }

    @Test
    void computeGathersEveryMetricForTheRange() {
        PerformanceMetrics metrics = MetricsCalculator.compute(MONDAY, MONDAY.plusDays(3),
                trades("300", "-100"), SWING, closes(MONDAY, "400", "404", "395.92", "407.7976"), NO_RISK_FREE,
                List.of());
        assertEquals(2, metrics.trades());
        assertEquals(1, metrics.wins());
        assertEquals(1, metrics.losses());
        assertValue("0.5", metrics.winRate());
        assertValue("0.089", metrics.totalReturn());
        assertValue("4.582575694955840", metrics.sharpe());
        assertValue("0.1", metrics.maxDrawdown().depth());
        assertValue("0.019494", metrics.benchmarkReturn());
        assertUndefined("no finished orders", metrics.fillRate());
    }

    private static OrderExecution order(Side side, String ordered, String filled, String price, String limit,
            String recommended, boolean terminal) {
        return new OrderExecution("b-" + ordered + side, side, new BigDecimal(ordered), new BigDecimal(filled),
                price == null ? null : new BigDecimal(price), limit == null ? null : new BigDecimal(limit),
                recommended == null ? null : new BigDecimal(recommended), terminal);
    }
}

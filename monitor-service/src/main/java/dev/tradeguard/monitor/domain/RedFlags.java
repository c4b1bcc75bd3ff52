package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.tradeguard.monitor.config.MonitorConfig;

/** The guide's "Red Flags (STOP TRADING)" on one account's metrics and day; each flag says why. */
public final class RedFlags {
    private RedFlags() {
    }

    /**
     * @param metrics the account's metrics from its first day to {@code day}
     * @param dailyReturn today's equity / previous close - 1, or null when unknown
     */
    public static List<String> evaluate(PerformanceMetrics metrics, BigDecimal dailyReturn,
            MonitorConfig.RedFlags limits) {
        List<String> flags = new ArrayList<>();
        Metric winRate = metrics.winRate();
        if (winRate.defined() && winRate.value().compareTo(limits.minWinRate()) < 0) {
            flags.add("win rate " + percent(winRate.value()) + " is below " + percent(limits.minWinRate()));
        }
        if (metrics.currentConsecutiveLosses() >= limits.maxConsecutiveLosses()) {
            flags.add(metrics.currentConsecutiveLosses() + " consecutive losing trades (limit "
                    + limits.maxConsecutiveLosses() + ")");
        }
        if (dailyReturn != null && dailyReturn.negate().compareTo(limits.maxDailyLossPct()) > 0) {
            flags.add("daily loss " + percent(dailyReturn.negate()) + " is more than "
                    + percent(limits.maxDailyLossPct()));
        }
        Metric drawdown = metrics.currentDrawdown();
        if (drawdown.defined() && drawdown.value().compareTo(limits.maxDrawdownPct()) > 0) {
            flags.add("drawdown " + percent(drawdown.value()) + " is more than " + percent(limits.maxDrawdownPct()));
        }
        Metric sharpe = metrics.sharpe();
        if (sharpe.defined() && sharpe.value().compareTo(limits.minSharpe()) < 0) {
            flags.add("Sharpe ratio " + sharpe.describe(2) + " is below " + limits.minSharpe().toPlainString());
        }
        Metric total = metrics.totalReturn();
        Metric benchmark = metrics.benchmarkReturn();
        if (total.defined() && benchmark.defined() && total.value().compareTo(benchmark.value()) < 0) {
            flags.add("return " + percent(total.value()) + " trails the S&P 500 (SPY) " + percent(benchmark.value())
                    + " over the same period");
        }
        return flags;
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
}

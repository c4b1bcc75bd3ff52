package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Every metric of one account or strategy over one date range; docs/metrics.md gives each formula. */
@RegisterForReflection
public record PerformanceMetrics(
        LocalDate from, LocalDate to, int trades, int wins, int losses, BigDecimal realizedPnl,
        Metric totalReturn, Metric winRate, Metric averageWin, Metric averageLoss, Metric winLossRatio,
        Metric profitFactor, Metric sharpe, Metric sortino, Drawdown maxDrawdown, Metric currentDrawdown,
        Metric benchmarkReturn, Metric alpha, Metric beta, Metric tradesPerMonth, Metric averageHoldingDays,
        Metric fillRate, Metric slippageVsLimitBps, Metric slippageVsRecommendationBps,
        int maxConsecutiveLosses, int currentConsecutiveLosses) {
}

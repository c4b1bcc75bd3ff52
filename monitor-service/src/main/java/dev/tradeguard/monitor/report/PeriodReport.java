package dev.tradeguard.monitor.report;

import java.math.BigDecimal;
import java.util.List;

import dev.tradeguard.monitor.domain.PerformanceMetrics;
import dev.tradeguard.monitor.domain.RoundTrip;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The weekly or monthly review: every metric, the largest winners and losers, and allocation by strategy. */
@RegisterForReflection
public record PeriodReport(String accountId, String period, PerformanceMetrics metrics, List<RoundTrip> largestWinners,
        List<RoundTrip> largestLosers, List<StrategyAllocation> allocation) {

    /**
     * @param openValue market value of the strategy's open positions (ledger quantity × the snapshot's price)
     * @param share openValue / total open value of the account; null when nothing is open
     */
    @RegisterForReflection
    public record StrategyAllocation(String strategy, BigDecimal openValue, BigDecimal share, int trades,
            BigDecimal realizedPnl) {
    }
}

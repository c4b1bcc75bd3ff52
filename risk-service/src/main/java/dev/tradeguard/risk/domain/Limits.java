package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Duration;

import dev.tradeguard.model.AutomationLevel;

/** The limits in force for one strategy on one account, after overrides: what {@code GET /limits} shows. */
public record Limits(
        String strategy, String accountId, BigDecimal capitalAllocationPct, boolean longOnly,
        BigDecimal maxPositionSizePct, BigDecimal maxPortfolioRiskPct, BigDecimal cashReserveMinPct,
        BigDecimal maxDailyLossPct, int maxConcurrentPositions, int maxPositionsPerDay, boolean requireStopLoss,
        BigDecimal defaultStopLossPct, BigDecimal defaultTakeProfitPct, boolean requireManualApproval,
        int approvalTimeoutMinutes, boolean useLimitOrders, BigDecimal maxSlippagePct, int orderTimeoutMinutes,
        AutomationLevel automationLevel, int maxConsecutiveLosses, BigDecimal priceCollarPct,
        Duration snapshotStaleAfter, int maxOrdersPerMinute, BigDecimal highRiskNotionalPct,
        BigDecimal highRiskConfidenceBelow, BigDecimal patternDayTraderEquity, int maxSharesPerOrder) {
}

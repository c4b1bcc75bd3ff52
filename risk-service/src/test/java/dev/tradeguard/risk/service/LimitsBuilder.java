package dev.tradeguard.risk.service;

import java.math.BigDecimal;
import java.time.Duration;

import dev.tradeguard.model.AutomationLevel;
import dev.tradeguard.risk.domain.Limits;

/** The guide's limits, for tests to change one value at a time. */
public final class LimitsBuilder {
    String strategy = "DEE-BOT";
    String account = "PA-DEE";
    BigDecimal allocation = BigDecimal.ONE;
    boolean longOnly = true;
    BigDecimal maxPositionSizePct = new BigDecimal("0.05");
    BigDecimal maxPortfolioRiskPct = new BigDecimal("0.10");
    BigDecimal cashReserveMinPct = new BigDecimal("0.25");
    BigDecimal maxDailyLossPct = new BigDecimal("0.02");
    int maxConcurrentPositions = 10;
    int maxPositionsPerDay = 3;
    boolean requireStopLoss = true;
    BigDecimal defaultStopLossPct = new BigDecimal("0.08");
    BigDecimal defaultTakeProfitPct = new BigDecimal("0.20");
    boolean useLimitOrders = true;
    BigDecimal priceCollarPct = new BigDecimal("0.10");
    int maxOrdersPerMinute = 10;
    Duration staleAfter = Duration.ofMinutes(5);
    int maxSharesPerOrder = 10_000;

    public static LimitsBuilder guide() {
        return new LimitsBuilder();
    }

    public LimitsBuilder allocation(String value) {
        allocation = new BigDecimal(value);
        return this;
    }

    public LimitsBuilder longOnly(boolean value) {
        longOnly = value;
        return this;
    }

    public LimitsBuilder maxPositionSizePct(String value) {
        maxPositionSizePct = new BigDecimal(value);
        return this;
    }

    public LimitsBuilder cashReserveMinPct(String value) {
        cashReserveMinPct = new BigDecimal(value);
        return this;
    }

    public LimitsBuilder maxPortfolioRiskPct(String value) {
        maxPortfolioRiskPct = new BigDecimal(value);
        return this;
    }

    public LimitsBuilder defaultStopLossPct(String value) {
        defaultStopLossPct = new BigDecimal(value);
        return this;
    }

    public LimitsBuilder requireStopLoss(boolean value) {
        requireStopLoss = value;
        return this;
    }

    public LimitsBuilder maxSharesPerOrder(int value) {
        maxSharesPerOrder = value;
        return this;
    }

    public LimitsBuilder maxConcurrentPositions(int value) {
        maxConcurrentPositions = value;
        return this;
    }

    public Limits build() {
        return new Limits(strategy, account, allocation, longOnly, maxPositionSizePct, maxPortfolioRiskPct,
                cashReserveMinPct, maxDailyLossPct, maxConcurrentPositions, maxPositionsPerDay, requireStopLoss,
                defaultStopLossPct, defaultTakeProfitPct, true, 30, useLimitOrders, new BigDecimal("0.005"), 60,
                AutomationLevel.APPROVE_ALL, 3, priceCollarPct, staleAfter, maxOrdersPerMinute, new BigDecimal("0.03"),
                new BigDecimal("0.70"), new BigDecimal("25000"), maxSharesPerOrder);
    }
}

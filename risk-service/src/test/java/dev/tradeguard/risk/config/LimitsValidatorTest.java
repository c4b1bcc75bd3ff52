package dev.tradeguard.risk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.service.LimitsBuilder;

class LimitsValidatorTest {

    @Test
    void theGuidesValuesAreSafe() {
        assertEquals(List.of(), LimitsValidator.problems(List.of(LimitsBuilder.guide().build()), List.of()));
    }

    @Test
    void aFiftyPercentPositionSizeIsRefusedNamingTheKey() {
        List<String> problems = LimitsValidator.problems(
                List.of(LimitsBuilder.guide().maxPositionSizePct("0.50").build()), List.of());
        assertEquals(List.of("tradeguard.risk.strategies.\"DEE-BOT\".max-position-size-pct: must be greater than 0"
                + " and at most 0.25, got 0.50"), problems);
    }

    @Test
    void aNegativeStopIsRefused() {
        List<String> problems = LimitsValidator.problems(
                List.of(LimitsBuilder.guide().defaultStopLossPct("-0.08").build()), List.of());
        assertTrue(problems.get(0).contains("default-stop-loss-pct: must be greater than 0 and at most 0.50, got -0.08"),
                problems::toString);
    }

    @Test
    void turningOffStopsIsRefused() {
        List<String> problems = LimitsValidator.problems(
                List.of(LimitsBuilder.guide().requireStopLoss(false).build()), List.of());
        assertTrue(problems.get(0).contains("require-stop-loss: must be true"), problems::toString);
    }

    @Test
    void strategiesMayNotBeAllocatedMoreThanTheirAccount() {
        Limits dee = LimitsBuilder.guide().allocation("0.7").build();
        Limits other = new Limits("SHORGAN-BOT", dee.accountId(), new java.math.BigDecimal("0.6"), false,
                dee.maxPositionSizePct(), dee.maxPortfolioRiskPct(), dee.cashReserveMinPct(), dee.maxDailyLossPct(),
                dee.maxConcurrentPositions(), dee.maxPositionsPerDay(), true, dee.defaultStopLossPct(),
                dee.defaultTakeProfitPct(), true, 30, true, dee.maxSlippagePct(), 60, dee.automationLevel(), 3,
                dee.priceCollarPct(), dee.snapshotStaleAfter(), 10, dee.highRiskNotionalPct(),
                dee.highRiskConfidenceBelow(), dee.patternDayTraderEquity(), dee.maxSharesPerOrder());
        List<String> problems = LimitsValidator.problems(List.of(dee, other), List.of());
        assertEquals(List.of("tradeguard.risk.strategies.*.capital-allocation-pct: strategies on account PA-DEE are"
                + " allocated 1.3 of its equity, more than 1"), problems);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = LimitsValidator.problems(List.of(LimitsBuilder.guide().maxPositionSizePct("0.5")
                .cashReserveMinPct("1.5").maxPortfolioRiskPct("0").maxConcurrentPositions(0).build()), List.of());
        assertEquals(4, problems.size(), problems::toString);
    }

    @Test
    void noStrategyAtAllIsRefused() {
        assertEquals(1, LimitsValidator.problems(List.of(), List.of()).size());
    }
}

package dev.tradeguard.risk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.risk.domain.CapitalChange;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.domain.Evaluation;
import dev.tradeguard.risk.domain.RiskContext;

/** Sizing on the capital in force: the same percentages, applied to min(capital, equity). */
class CapitalSizingTest {

    @Test
    void sizingKeepsItsPercentagesAndAppliesThemToTheCapital() {
        // 5 % of $40,000 at $100 is 20 shares (of the $100,000 equity it would be 50)
        Evaluation sized = RiskChecks.evaluate(buy("AAPL"), context("100000", "60000", capital("40000", "0.25")));
        assertEquals(0, new BigDecimal("20").compareTo(sized.order().quantity()), sized::toString);
        assertEquals(0, new BigDecimal("50").compareTo(RiskChecks.evaluate(buy("AAPL"),
                context("100000", "60000", null)).order().quantity()));
    }

    @Test
    void capitalAboveTheEquityDeploysNoMoreThanTheEquity() {
        // a capital of $200,000 on a $100,000 account sizes on the $100,000 there is: 50 shares, not 100
        Evaluation sized = RiskChecks.evaluate(buy("AAPL"), context("100000", "60000", capital("200000", "0.25")));
        assertEquals(0, new BigDecimal("50").compareTo(sized.order().quantity()), sized::toString);
    }

    @Test
    void theCapitalChangesHigherCashReserveBindsBuys() {
        // $60,000 cash less a $2,000 buy leaves 58 %: passes the configured 25 %, not the change's 60 %
        Evaluation refused = RiskChecks.evaluate(buy("AAPL"), context("100000", "60000", capital("40000", "0.60")));
        assertEquals(DenialReason.CASH_RESERVE_BELOW_MIN, refused.denial().reason(), refused::toString);
        assertTrue(refused.denial().message().startsWith("min=60.00% ($60,000.00)"), refused.denial()::message);
    }

    @Test
    void aCapitalReserveBelowTheConfiguredMinimumNeverLoosensIt() {
        RiskContext ctx = context("100000", "60000", capital("40000", "0.10"));
        assertEquals(0, new BigDecimal("0.25").compareTo(ctx.cashReserveMinPct()));
    }

    private static CapitalChange capital(String capital, String reserve) {
        return new CapitalChange("PA-DEE", new BigDecimal("100000"), new BigDecimal(capital), new BigDecimal(reserve),
                false, 0, null, "test", "ada", RiskChecksTest.NOW.minusSeconds(3600));
    }

    private static RiskContext context(String equity, String cash, CapitalChange capital) {
        return new RiskContext(LimitsBuilder.guide().build(), RiskChecksTest.account(equity, cash), new HashMap<>(),
                RiskChecksTest.FRESH, TradingState.ACTIVE, RiskChecksTest.NOW, 0, 0, false, 0, false, 0, capital);
    }

    private static dev.tradeguard.model.event.Recommendation buy(String symbol) {
        return RiskChecksTest.rec(Side.BUY, symbol, null, "100", "95", "120");
    }
}

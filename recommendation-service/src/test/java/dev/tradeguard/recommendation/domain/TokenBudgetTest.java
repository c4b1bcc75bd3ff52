package dev.tradeguard.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenBudgetTest {
    final TokenBudget budget = new TokenBudget(100_000, new BigDecimal("2.00"), new BigDecimal("3.00"),
            new BigDecimal("15.00"));

    @Test
    void costIsPricedPerMillionTokensInExactDecimals() {
        // 12,000 × $3 / 1M + 3,000 × $15 / 1M = $0.036 + $0.045
        assertEquals(0, new BigDecimal("0.081").compareTo(budget.cost(12_000, 3_000)));
    }

    @Test
    void aBudgetWithRoomLeftAllowsTheNextCall() {
        assertEquals(Optional.empty(), budget.exhausted(new TokenBudget.Usage(60_000, 39_999, new BigDecimal("1.99"))));
    }

    @Test
    void reachingTheTokenBudgetStopsFurtherCalls() {
        Optional<String> reason = budget.exhausted(new TokenBudget.Usage(90_000, 10_000, BigDecimal.ONE));
        assertTrue(reason.orElseThrow().contains("100000 of 100000 tokens"), reason.get());
    }

    @Test
    void reachingTheCostBudgetStopsFurtherCalls() {
        Optional<String> reason = budget.exhausted(new TokenBudget.Usage(1_000, 1_000, new BigDecimal("2.000001")));
        assertTrue(reason.orElseThrow().contains("daily cost budget"), reason.get());
    }
}

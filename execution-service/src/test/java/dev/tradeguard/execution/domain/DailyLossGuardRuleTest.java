package dev.tradeguard.execution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DailyLossGuardRuleTest {
    static final BigDecimal LIMIT = new BigDecimal("0.02");

    @Test
    void theGuardBreachesAtTheLimitNotBeforeAndNamesTheNumbers() {
        assertFalse(DailyLossGuard.evaluate(new BigDecimal("98000.01"), new BigDecimal("100000"), LIMIT, null)
                .breached());
        DailyLossGuard atLimit = DailyLossGuard.evaluate(new BigDecimal("98000"), new BigDecimal("100000"), LIMIT,
                new DailyLossGuard.Mark("SPY", new BigDecimal("480"), Instant.parse("2024-03-05T15:00:00Z")));
        assertTrue(atLimit.breached());
        assertEquals("equity 98,000.00 is -2.00 % vs last close 100,000.00; MAX_DAILY_LOSS_PCT 2.00 %"
                + " (mark SPY 480 at 2024-03-05T15:00:00Z)", atLimit.describe());
    }

    @Test
    void withoutAPositiveLastEquityTheGuardCannotValueTheAccount() {
        assertFalse(DailyLossGuard.evaluate(BigDecimal.TEN, BigDecimal.ZERO, LIMIT, null).known());
        assertFalse(DailyLossGuard.unknown(LIMIT).known());
    }
}

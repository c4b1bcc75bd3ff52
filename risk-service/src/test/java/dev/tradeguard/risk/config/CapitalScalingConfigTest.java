package dev.tradeguard.risk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The capital scaling rules may be configured stricter than the guide's, never looser or contradictory. */
class CapitalScalingConfigTest {

    @Test
    void theGuidesRulesAreSafe() {
        assertEquals(List.of(), LimitsValidator.problems(scaling(30, "2", "0.25", "0.50")));
    }

    @Test
    void anIncreaseFactorAboveTheGuidesTwoIsRefusedNamingTheKey() {
        assertEquals(List.of("tradeguard.risk.capital-scaling.max-increase-factor: must be greater than 1 and at most"
                + " 2, got 3"), LimitsValidator.problems(scaling(30, "3", "0.25", "0.50")));
    }

    @Test
    void aReserveRangeWhoseMinimumExceedsItsMaximumIsRefused() {
        assertEquals(List.of("tradeguard.risk.capital-scaling.cash-reserve-min-pct: must be at most "
                + "cash-reserve-max-pct (0.30), got 0.40"), LimitsValidator.problems(scaling(30, "2", "0.40", "0.30")));
    }

    @Test
    void zeroProfitableDaysIsRefused() {
        assertEquals(List.of("tradeguard.risk.capital-scaling.min-profitable-days: must be between 1 and 2520, got 0"),
                LimitsValidator.problems(scaling(0, "2", "0.25", "0.50")));
    }

    private static RiskConfig.CapitalScaling scaling(int days, String factor, String min, String max) {
        return new RiskConfig.CapitalScaling() {
            @Override
            public int minProfitableDays() {
                return days;
            }

            @Override
            public BigDecimal maxIncreaseFactor() {
                return new BigDecimal(factor);
            }

            @Override
            public BigDecimal cashReserveMinPct() {
                return new BigDecimal(min);
            }

            @Override
            public BigDecimal cashReserveMaxPct() {
                return new BigDecimal(max);
            }
        };
    }
}

package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The research generator's daily allowance of model tokens and (estimated) dollars. Checked before every call, so a
 * run stops at the first call that would start beyond it; the call that crosses it is still paid for, which bounds the
 * overshoot to one response ({@code max-tokens}).
 */
public record TokenBudget(long dailyTokens, BigDecimal dailyCostUsd, BigDecimal inputUsdPerMillion,
        BigDecimal outputUsdPerMillion) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** What one day has used so far. */
    public record Usage(long inputTokens, long outputTokens, BigDecimal costUsd) {
        public static final Usage NONE = new Usage(0, 0, BigDecimal.ZERO);

        public long tokens() {
            return inputTokens + outputTokens;
        }
    }

    public BigDecimal cost(long inputTokens, long outputTokens) {
        return inputUsdPerMillion.multiply(BigDecimal.valueOf(inputTokens))
                .add(outputUsdPerMillion.multiply(BigDecimal.valueOf(outputTokens)))
                .divide(MILLION, 6, RoundingMode.HALF_UP);
    }

    /** Why no further call may be made today, or empty while the budget lasts. */
    public Optional<String> exhausted(Usage used) {
        if (used.tokens() >= dailyTokens) {
            return Optional.of("the daily token budget is spent: " + used.tokens() + " of " + dailyTokens
                    + " tokens used (tradeguard.research.budget.daily-tokens)");
        }
        if (used.costUsd().compareTo(dailyCostUsd) >= 0) {
            return Optional.of("the daily cost budget is spent: $" + used.costUsd().setScale(2, RoundingMode.UP)
                    .toPlainString() + " of $" + dailyCostUsd.toPlainString()
                    + " used (tradeguard.research.budget.daily-cost-usd)");
        }
        return Optional.empty();
    }
}

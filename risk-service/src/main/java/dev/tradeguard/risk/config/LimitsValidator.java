package dev.tradeguard.risk.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.risk.domain.Limits;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start on an unsafe limit: a 50 % position size or a negative stop is refused, not obeyed. Every bound
 * is listed here, so the message names the key, the value and the allowed range.
 */
@ApplicationScoped
public class LimitsValidator {
    private static final Logger LOG = Logger.getLogger(LimitsValidator.class);

    @Inject
    LimitsResolver resolver;

    @Inject
    RiskConfig config;

    void onStart(@Observes StartupEvent event) {
        List<String> problems = problems(resolver.all(), resolver.accounts().stream().map(resolver::forAccount).toList());
        problems.addAll(problems(config.capitalScaling()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Unsafe risk configuration, refusing to start:\n  - "
                    + String.join("\n  - ", problems));
        }
        resolver.all().forEach(limits -> LOG.infof("Limits for %s on %s: position %s, daily loss %s, cash reserve %s,"
                + " automation %s", limits.strategy(), limits.accountId(), limits.maxPositionSizePct(),
                limits.maxDailyLossPct(), limits.cashReserveMinPct(), limits.automationLevel()));
    }

    /** Every problem of the configured limits, each naming the key; empty when all is safe. */
    public static List<String> problems(List<Limits> strategies, List<Limits> accounts) {
        List<String> problems = new ArrayList<>();
        if (strategies.isEmpty()) {
            problems.add("tradeguard.risk.strategies: no strategy configured; nothing could be traded safely");
        }
        Map<String, BigDecimal> allocated = new HashMap<>();
        for (Limits limits : strategies) {
            String where = "tradeguard.risk.strategies.\"" + limits.strategy() + "\".";
            check(problems, where, limits);
            range(problems, where + "capital-allocation-pct", limits.capitalAllocationPct(), "0", false, "1");
            if (limits.accountId() == null || limits.accountId().isBlank()) {
                problems.add(where + "account: is required");
            } else if (limits.capitalAllocationPct() != null) {
                allocated.merge(limits.accountId(), limits.capitalAllocationPct(), BigDecimal::add);
            }
        }
        allocated.forEach((account, total) -> {
            if (total.compareTo(BigDecimal.ONE) > 0) {
                problems.add("tradeguard.risk.strategies.*.capital-allocation-pct: strategies on account " + account
                        + " are allocated " + total.toPlainString() + " of its equity, more than 1");
            }
        });
        for (Limits limits : accounts) {
            check(problems, "tradeguard.risk.accounts.\"" + limits.accountId() + "\".", limits);
        }
        return problems;
    }

    /**
     * The capital scaling rules may be made stricter, never looser than a sane bound: an increase factor of at most
     * 2 (the guide's), a reserve range inside [0, 95 %] that is not empty.
     */
    public static List<String> problems(RiskConfig.CapitalScaling scaling) {
        List<String> problems = new ArrayList<>();
        String where = "tradeguard.risk.capital-scaling.";
        count(problems, where + "min-profitable-days", scaling.minProfitableDays(), 1, 2520);
        range(problems, where + "max-increase-factor", scaling.maxIncreaseFactor(), "1", false, "2");
        range(problems, where + "cash-reserve-min-pct", scaling.cashReserveMinPct(), "0", true, "0.95");
        range(problems, where + "cash-reserve-max-pct", scaling.cashReserveMaxPct(), "0", true, "0.95");
        if (problems.isEmpty() && scaling.cashReserveMinPct().compareTo(scaling.cashReserveMaxPct()) > 0) {
            problems.add(where + "cash-reserve-min-pct: must be at most cash-reserve-max-pct ("
                    + scaling.cashReserveMaxPct().toPlainString() + "), got " + scaling.cashReserveMinPct().toPlainString());
        }
        return problems;
    }

    private static void check(List<String> problems, String where, Limits limits) {
        range(problems, where + "max-position-size-pct", limits.maxPositionSizePct(), "0", false, "0.25");
        range(problems, where + "max-portfolio-risk-pct", limits.maxPortfolioRiskPct(), "0", false, "0.50");
        range(problems, where + "cash-reserve-min-pct", limits.cashReserveMinPct(), "0", true, "0.95");
        range(problems, where + "max-daily-loss-pct", limits.maxDailyLossPct(), "0", false, "0.10");
        range(problems, where + "default-stop-loss-pct", limits.defaultStopLossPct(), "0", false, "0.50");
        range(problems, where + "default-take-profit-pct", limits.defaultTakeProfitPct(), "0", false, "5");
        range(problems, where + "max-slippage-pct", limits.maxSlippagePct(), "0", true, "0.05");
        range(problems, where + "price-collar-pct", limits.priceCollarPct(), "0", false, "0.50");
        count(problems, where + "max-concurrent-positions", limits.maxConcurrentPositions(), 1, 100);
        count(problems, where + "max-positions-per-day", limits.maxPositionsPerDay(), 1, 50);
        count(problems, where + "approval-timeout-minutes", limits.approvalTimeoutMinutes(), 1, 1440);
        count(problems, where + "order-timeout-minutes", limits.orderTimeoutMinutes(), 1, 1440);
        count(problems, where + "max-consecutive-losses", limits.maxConsecutiveLosses(), 1, 20);
        count(problems, where + "max-orders-per-minute", limits.maxOrdersPerMinute(), 1, 200);
        count(problems, where + "max-shares-per-order", limits.maxSharesPerOrder(), 1,
                NumberRange.SHARES.max().intValueExact());
        if (!limits.requireStopLoss()) {
            problems.add(where + "require-stop-loss: must be true: every entry order has a stop (BRIEF invariant 4)");
        }
        if (limits.snapshotStaleAfter() == null || limits.snapshotStaleAfter().isNegative()
                || limits.snapshotStaleAfter().isZero()) {
            problems.add("tradeguard.risk.defaults.snapshot-stale-after: must be a positive duration, got "
                    + limits.snapshotStaleAfter());
        }
    }

    private static void range(List<String> problems, String key, BigDecimal value, String min, boolean minInclusive,
            String max) {
        if (value == null) {
            problems.add(key + ": is required");
            return;
        }
        BigDecimal low = new BigDecimal(min);
        boolean tooLow = minInclusive ? value.compareTo(low) < 0 : value.compareTo(low) <= 0;
        if (tooLow || value.compareTo(new BigDecimal(max)) > 0) {
            problems.add(key + ": must be " + (minInclusive ? "at least " : "greater than ") + min + " and at most "
                    + max + ", got " + value.toPlainString());
        }
    }

    private static void count(List<String> problems, String key, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(key + ": must be between " + min + " and " + max + ", got " + value);
        }
    }
}

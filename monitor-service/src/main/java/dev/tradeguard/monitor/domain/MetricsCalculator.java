package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tradeguard.model.Side;

/**
 * The performance metrics of docs/metrics.md, in BigDecimal with {@link #MATH} for every division and square root.
 * A metric whose formula has no value (no trades, flat equity, one observation) is {@link Metric#undefined} with the
 * reason, never NaN and never an exception.
 */
public final class MetricsCalculator {
    public static final MathContext MATH = MathContext.DECIMAL64;
    public static final BigDecimal TRADING_DAYS_PER_YEAR = BigDecimal.valueOf(252);
    /** 365.25 / 12: the average calendar days of a month. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");
    private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal SQRT_TRADING_DAYS = TRADING_DAYS_PER_YEAR.sqrt(MATH);

    private MetricsCalculator() {
    }

    /**
     * @param trades round trips closed within [from, to]
     * @param equity daily closes of the account or strategy within [from, to]
     * @param benchmark daily closes of the benchmark (SPY) within [from, to]
     * @param riskFreeAnnual annual risk-free rate as a fraction (0.04 = 4 %)
     * @param executions the broker orders placed within [from, to]
     */
    public static PerformanceMetrics compute(LocalDate from, LocalDate to, List<RoundTrip> trades,
            List<DailyValue> equity, List<DailyValue> benchmark, BigDecimal riskFreeAnnual,
            List<OrderExecution> executions) {
        List<RoundTrip> ordered = trades.stream().sorted(Comparator.comparing(RoundTrip::closedAt)).toList();
        List<DailyValue> curve = sorted(equity);
        List<DailyValue> bench = sorted(benchmark);
        List<BigDecimal> returns = dailyReturns(curve);
        int wins = (int) ordered.stream().filter(RoundTrip::isWin).count();
        int losses = (int) ordered.stream().filter(RoundTrip::isLoss).count();
        AlphaBeta regression = alphaBeta(curve, bench, riskFreeAnnual);
        Metric alpha = regression.alpha();
        Metric beta = regression.beta();
        return new PerformanceMetrics(from, to, ordered.size(), wins, losses, realizedPnl(ordered),
                totalReturn(curve), winRate(ordered), averageWin(ordered), averageLoss(ordered),
                winLossRatio(ordered), profitFactor(ordered), sharpe(returns, riskFreeAnnual),
                sortino(returns, riskFreeAnnual), maxDrawdown(curve), currentDrawdown(curve), totalReturn(bench),
                alpha, beta, tradesPerMonth(ordered.size(), from, to), averageHoldingDays(ordered),
                fillRate(executions), slippageVsLimitBps(executions), slippageVsRecommendationBps(executions),
                maxConsecutiveLosses(ordered), currentConsecutiveLosses(ordered));
    }

    static List<DailyValue> sorted(List<DailyValue> values) {
        return values.stream().sorted(Comparator.comparing(DailyValue::date)).toList();
    }

    public static BigDecimal realizedPnl(List<RoundTrip> trades) {
        return trades.stream().map(RoundTrip::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** r_t = V_t / V_{t-1} - 1 for consecutive observations. */
    public static List<BigDecimal> dailyReturns(List<DailyValue> curve) {
        List<BigDecimal> returns = new ArrayList<>();
        for (int i = 1; i < curve.size(); i++) {
            BigDecimal previous = curve.get(i - 1).value();
            if (previous.signum() != 0) {
                returns.add(curve.get(i).value().divide(previous, MATH).subtract(BigDecimal.ONE));
            }
        }
        return returns;
    }

    /** V_last / V_first - 1. */
    public static Metric totalReturn(List<DailyValue> curve) {
        if (curve.size() < 2) {
            return Metric.undefined("fewer than two daily closes");
        }
        BigDecimal first = curve.get(0).value();
        if (first.signum() == 0) {
            return Metric.undefined("starting value is 0");
        }
        return Metric.of(curve.get(curve.size() - 1).value().divide(first, MATH).subtract(BigDecimal.ONE));
    }

    /** wins / trades; a break-even trade counts as a trade but not as a win. */
    public static Metric winRate(List<RoundTrip> trades) {
        if (trades.isEmpty()) {
            return Metric.undefined("no closed trades");
        }
        long wins = trades.stream().filter(RoundTrip::isWin).count();
        return Metric.of(BigDecimal.valueOf(wins).divide(BigDecimal.valueOf(trades.size()), MATH));
    }

    public static Metric averageWin(List<RoundTrip> trades) {
        List<BigDecimal> wins = trades.stream().filter(RoundTrip::isWin).map(RoundTrip::realizedPnl).toList();
        return wins.isEmpty() ? Metric.undefined("no winning trades") : Metric.of(mean(wins));
    }

    /** The mean P&amp;L of the losing trades: a negative amount. */
    public static Metric averageLoss(List<RoundTrip> trades) {
        List<BigDecimal> losses = trades.stream().filter(RoundTrip::isLoss).map(RoundTrip::realizedPnl).toList();
        return losses.isEmpty() ? Metric.undefined("no losing trades") : Metric.of(mean(losses));
    }

    /** average win / |average loss|. */
    public static Metric winLossRatio(List<RoundTrip> trades) {
        Metric win = averageWin(trades);
        Metric loss = averageLoss(trades);
        if (!win.defined()) {
            return Metric.undefined(win.undefinedReason());
        }
        if (!loss.defined()) {
            return Metric.undefined(loss.undefinedReason());
        }
        return Metric.of(win.value().divide(loss.value().abs(), MATH));
    }

    /** gross profit / |gross loss|. */
    public static Metric profitFactor(List<RoundTrip> trades) {
        if (trades.isEmpty()) {
            return Metric.undefined("no closed trades");
        }
        BigDecimal profit = trades.stream().filter(RoundTrip::isWin).map(RoundTrip::realizedPnl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal loss = trades.stream().filter(RoundTrip::isLoss).map(RoundTrip::realizedPnl)
                .reduce(BigDecimal.ZERO, BigDecimal::add).abs();
        if (loss.signum() == 0) {
            return Metric.undefined("no losing trades");
        }
        return Metric.of(profit.divide(loss, MATH));
    }

    /** (mean(r) - rf/252) / stdev(r) × √252, stdev with n - 1. */
    public static Metric sharpe(List<BigDecimal> returns, BigDecimal riskFreeAnnual) {
        if (returns.size() < 2) {
            return Metric.undefined("fewer than two daily returns");
        }
        BigDecimal excess = mean(returns).subtract(dailyRate(riskFreeAnnual));
        BigDecimal deviation = sampleStandardDeviation(returns);
        if (deviation.signum() == 0) {
            return Metric.undefined("equity did not vary (zero volatility)");
        }
        return Metric.of(excess.divide(deviation, MATH).multiply(SQRT_TRADING_DAYS, MATH));
    }

    /** (mean(r) - rf/252) / √(Σ min(0, r - rf/252)² / n) × √252. */
    public static Metric sortino(List<BigDecimal> returns, BigDecimal riskFreeAnnual) {
        if (returns.size() < 2) {
            return Metric.undefined("fewer than two daily returns");
        }
        BigDecimal target = dailyRate(riskFreeAnnual);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            BigDecimal shortfall = r.subtract(target).min(BigDecimal.ZERO);
            squares = squares.add(shortfall.multiply(shortfall));
        }
        BigDecimal downside = squares.divide(BigDecimal.valueOf(returns.size()), MATH).sqrt(MATH);
        if (downside.signum() == 0) {
            return Metric.undefined("no daily return below the risk-free rate (zero downside deviation)");
        }
        return Metric.of(mean(returns).subtract(target).divide(downside, MATH).multiply(SQRT_TRADING_DAYS, MATH));
    }

    /** max over t of (peak_t - V_t) / peak_t, with the peak, trough, recovery and duration of that decline. */
    public static Drawdown maxDrawdown(List<DailyValue> curve) {
        if (curve.isEmpty()) {
            return new Drawdown(Metric.undefined("no daily closes"), null, null, null, null);
        }
        int peak = 0;
        int worstPeak = 0;
        int worstTrough = 0;
        BigDecimal worst = BigDecimal.ZERO;
        for (int i = 1; i < curve.size(); i++) {
            BigDecimal value = curve.get(i).value();
            if (value.compareTo(curve.get(peak).value()) >= 0) {
                peak = i;
                continue;
            }
            BigDecimal peakValue = curve.get(peak).value();
            if (peakValue.signum() <= 0) {
                continue;
            }
            BigDecimal depth = peakValue.subtract(value).divide(peakValue, MATH);
            if (depth.compareTo(worst) > 0) {
                worst = depth;
                worstPeak = peak;
                worstTrough = i;
            }
        }
        if (worst.signum() == 0) {
            return new Drawdown(Metric.of(BigDecimal.ZERO), null, null, null, 0);
        }
        Integer recovered = null;
        for (int i = worstTrough + 1; i < curve.size(); i++) {
            if (curve.get(i).value().compareTo(curve.get(worstPeak).value()) >= 0) {
                recovered = i;
                break;
            }
        }
        int end = recovered == null ? curve.size() - 1 : recovered;
        return new Drawdown(Metric.of(worst), curve.get(worstPeak).date(), curve.get(worstTrough).date(),
                recovered == null ? null : curve.get(recovered).date(), end - worstPeak);
    }

    /** (highest close so far - last close) / highest close so far. */
    public static Metric currentDrawdown(List<DailyValue> curve) {
        if (curve.isEmpty()) {
            return Metric.undefined("no daily closes");
        }
        BigDecimal peak = curve.stream().map(DailyValue::value).reduce(BigDecimal::max).orElseThrow();
        if (peak.signum() <= 0) {
            return Metric.undefined("no positive equity");
        }
        return Metric.of(peak.subtract(curve.get(curve.size() - 1).value()).divide(peak, MATH));
    }

    /** The CAPM regression of the account's daily excess returns on the benchmark's, over the days both closed. */
    public record AlphaBeta(Metric alpha, Metric beta, int observations) {
    }

    /**
     * β = cov(rp, rb) / var(rb); daily α = mean(rp - rf) - β × mean(rb - rf); α annualised × 252. Only days on which
     * both the account and the benchmark have a close count; returns are between consecutive common days.
     */
    public static AlphaBeta alphaBeta(List<DailyValue> equity, List<DailyValue> benchmark, BigDecimal riskFreeAnnual) {
        Map<LocalDate, BigDecimal> benchmarkByDay = new TreeMap<>();
        benchmark.forEach(value -> benchmarkByDay.put(value.date(), value.value()));
        List<DailyValue> account = new ArrayList<>();
        List<DailyValue> market = new ArrayList<>();
        for (DailyValue value : sorted(equity)) {
            BigDecimal close = benchmarkByDay.get(value.date());
            if (close != null) {
                account.add(value);
                market.add(new DailyValue(value.date(), close));
            }
        }
        List<BigDecimal> rp = dailyReturns(account);
        List<BigDecimal> rb = dailyReturns(market);
        if (rp.size() < 2 || rp.size() != rb.size()) {
            String reason = "fewer than two daily returns on days with a benchmark close";
            return new AlphaBeta(Metric.undefined(reason), Metric.undefined(reason), rp.size());
        }
        BigDecimal meanP = mean(rp);
        BigDecimal meanB = mean(rb);
        BigDecimal covariance = BigDecimal.ZERO;
        BigDecimal variance = BigDecimal.ZERO;
        for (int i = 0; i < rp.size(); i++) {
            BigDecimal db = rb.get(i).subtract(meanB);
            covariance = covariance.add(rp.get(i).subtract(meanP).multiply(db));
            variance = variance.add(db.multiply(db));
        }
        if (variance.signum() == 0) {
            String reason = "the benchmark did not vary";
            return new AlphaBeta(Metric.undefined(reason), Metric.undefined(reason), rp.size());
        }
        BigDecimal beta = covariance.divide(variance, MATH);
        BigDecimal rf = dailyRate(riskFreeAnnual);
        BigDecimal dailyAlpha = meanP.subtract(rf).subtract(beta.multiply(meanB.subtract(rf), MATH));
        return new AlphaBeta(Metric.of(dailyAlpha.multiply(TRADING_DAYS_PER_YEAR)), Metric.of(beta), rp.size());
    }

    /** trades × 30.4375 / calendar days in [from, to]. */
    public static Metric tradesPerMonth(int trades, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Metric.undefined("no date range");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return Metric.of(BigDecimal.valueOf(trades).multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(days), MATH));
    }

    public static Metric averageHoldingDays(List<RoundTrip> trades) {
        if (trades.isEmpty()) {
            return Metric.undefined("no closed trades");
        }
        List<BigDecimal> days = trades.stream()
                .map(trade -> BigDecimal.valueOf(trade.holdingTime().getSeconds()).divide(SECONDS_PER_DAY, MATH))
                .toList();
        return Metric.of(mean(days));
    }

    /** orders completely filled / orders that can no longer fill. */
    public static Metric fillRate(List<OrderExecution> executions) {
        List<OrderExecution> finished = executions.stream().filter(OrderExecution::terminal).toList();
        if (finished.isEmpty()) {
            return Metric.undefined("no finished orders");
        }
        long filled = finished.stream().filter(OrderExecution::completelyFilled).count();
        return Metric.of(BigDecimal.valueOf(filled).divide(BigDecimal.valueOf(finished.size()), MATH));
    }

    /** mean over orders with fills and a limit of s × (fill - limit) / limit × 10 000; s = +1 buys, -1 sells. */
    public static Metric slippageVsLimitBps(List<OrderExecution> executions) {
        return slippage(executions, OrderExecution::limitPrice, "no filled order with a limit price");
    }

    /** As {@link #slippageVsLimitBps} against the recommendation's entry price. */
    public static Metric slippageVsRecommendationBps(List<OrderExecution> executions) {
        return slippage(executions, OrderExecution::recommendedEntry,
                "no filled order with a recommended entry price");
    }

    private static Metric slippage(List<OrderExecution> executions,
            java.util.function.Function<OrderExecution, BigDecimal> reference, String undefinedReason) {
        List<BigDecimal> slippages = new ArrayList<>();
        for (OrderExecution execution : executions) {
            BigDecimal price = reference.apply(execution);
            if (price == null || price.signum() <= 0 || execution.averageFillPrice() == null
                    || execution.filledQuantity() == null || execution.filledQuantity().signum() <= 0) {
                continue;
            }
            BigDecimal worse = execution.averageFillPrice().subtract(price);
            if (execution.side() == Side.SELL || execution.side() == Side.SELL_SHORT) {
                worse = worse.negate();
            }
            slippages.add(worse.multiply(BASIS_POINTS).divide(price, MATH));
        }
        return slippages.isEmpty() ? Metric.undefined(undefinedReason) : Metric.of(mean(slippages));
    }

    /** The longest run of losing trades in close order; a break-even trade ends a run. */
    public static int maxConsecutiveLosses(List<RoundTrip> trades) {
        int longest = 0;
        int run = 0;
        for (RoundTrip trade : trades) {
            run = trade.isLoss() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The losing trades since the last trade that was not a loss. */
    public static int currentConsecutiveLosses(List<RoundTrip> trades) {
        int run = 0;
        for (int i = trades.size() - 1; i >= 0 && trades.get(i).isLoss(); i--) {
            run++;
        }
        return run;
    }

    static BigDecimal dailyRate(BigDecimal riskFreeAnnual) {
        return riskFreeAnnual == null ? BigDecimal.ZERO : riskFreeAnnual.divide(TRADING_DAYS_PER_YEAR, MATH);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MATH);
    }

    static BigDecimal sampleStandardDeviation(List<BigDecimal> values) {
        BigDecimal mean = mean(values);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            BigDecimal difference = value.subtract(mean);
            squares = squares.add(difference.multiply(difference));
        }
        return squares.divide(BigDecimal.valueOf(values.size() - 1L), MATH).sqrt(MATH);
    }
}

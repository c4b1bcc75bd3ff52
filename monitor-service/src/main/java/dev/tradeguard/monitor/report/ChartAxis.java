package dev.tradeguard.monitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.tradeguard.model.market.NyseCalendar;

/**
 * One axis of the performance chart: its range and its ticks. Value ticks sit on 1-2-5 steps, four to eight of
 * them, each labelled with as many decimals as the step needs, so no two ticks read the same; a flat series gets a
 * small range around its value instead of a range of zero width.
 *
 * @param min the value at the axis's start (left or bottom)
 * @param max the value at its end; always greater than {@code min}
 */
public record ChartAxis(double min, double max, List<Tick> ticks) {
    public static final int FEWEST_TICKS = 4;
    public static final int MOST_TICKS = 8;
    /** A flat equity curve is shown within ±0.1 % of its value, at least ±$0.50. */
    private static final BigDecimal FLAT_CURRENCY_SPAN = new BigDecimal("0.002");
    private static final BigDecimal LEAST_CURRENCY_SPAN = BigDecimal.ONE;
    /** A drawdown axis spans at least half a percent below zero. */
    private static final BigDecimal LEAST_DRAWDOWN_PERCENT = new BigDecimal("-0.5");
    /** Room between the extreme values and the plot's frame, as a share of their span. */
    private static final BigDecimal MARGIN = new BigDecimal("0.04");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final int[] MANTISSAS = {1, 2, 5};
    private static final int[] DAY_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500};
    private static final int[] HOUR_STEPS = {1, 2, 3, 4, 6, 12, 24};
    private static final char MINUS = '\u2212';

    public record Tick(double value, String label) {
    }

    public ChartAxis {
        ticks = List.copyOf(ticks);
    }

    public List<String> labels() {
        return ticks.stream().map(Tick::label).toList();
    }

    /** Where {@code value} falls on the axis, 0 at {@code min} and 1 at {@code max}. */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** An equity axis: dollars, "$99,950" for fine steps and "$100.5k" for coarse steps of large values. */
    public static ChartAxis currency(Collection<BigDecimal> values) {
        BigDecimal lowest = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal highest = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal least = highest.abs().max(lowest.abs()).multiply(FLAT_CURRENCY_SPAN).max(LEAST_CURRENCY_SPAN);
        if (highest.subtract(lowest).compareTo(least) < 0) {
            BigDecimal middle = highest.add(lowest).divide(TWO);
            BigDecimal half = least.divide(TWO);
            lowest = middle.subtract(half);
            highest = middle.add(half);
        }
        BigDecimal margin = highest.subtract(lowest).multiply(MARGIN);
        BigDecimal largest = highest.abs().max(lowest.abs());
        return nice(lowest.subtract(margin), highest.add(margin), step -> currencyFormat(step, largest));
    }

    /** A drawdown axis in percent (values ≤ 0, e.g. -2.5 for 2.5 % below the high), from its depth to 0 %. */
    public static ChartAxis drawdownPercent(Collection<BigDecimal> percents) {
        BigDecimal deepest = percents.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
                .multiply(BigDecimal.ONE.add(MARGIN)).min(LEAST_DRAWDOWN_PERCENT);
        return nice(deepest, BigDecimal.ZERO, ChartAxis::percentFormat);
    }

    /**
     * A time axis over trading days, one unit per day in {@code days} (so weekends and holidays leave no gap):
     * every n-th day labelled "Mar 2", n chosen so at most eight labels show.
     */
    public static ChartAxis tradingDays(List<LocalDate> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a trading-day axis needs at least one day");
        }
        int every = DAY_STEPS[DAY_STEPS.length - 1];
        for (int step : DAY_STEPS) {
            if ((days.size() - 1) / step + 1 <= MOST_TICKS) {
                every = step;
                break;
            }
        }
        boolean years = days.get(0).getYear() != days.get(days.size() - 1).getYear();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(years ? "MMM d ''yy" : "MMM d", Locale.US);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < days.size(); i += every) {
            ticks.add(new Tick(i, days.get(i).format(format)));
        }
        return new ChartAxis(-0.5, days.size() - 0.5, ticks);
    }

    /**
     * A time axis over one New York day in epoch seconds: the regular session (09:30 to 16:00) widened to any
     * valuation outside it, ticks on whole hours labelled "HH:mm" New York time.
     */
    public static ChartAxis intraday(LocalDate day, Collection<Instant> times) {
        ZonedDateTime start = day.atTime(NyseCalendar.OPEN).atZone(NyseCalendar.NEW_YORK);
        ZonedDateTime end = day.atTime(NyseCalendar.CLOSE).atZone(NyseCalendar.NEW_YORK);
        for (Instant time : times) {
            ZonedDateTime at = time.atZone(NyseCalendar.NEW_YORK);
            start = at.isBefore(start) ? at : start;
            end = at.isAfter(end) ? at : end;
        }
        long hours = ChronoUnit.HOURS.between(start, end) + 1;
        int every = HOUR_STEPS[HOUR_STEPS.length - 1];
        for (int step : HOUR_STEPS) {
            if (hours / step + 1 <= MOST_TICKS) {
                every = step;
                break;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime tick = start.truncatedTo(ChronoUnit.HOURS);
        tick = tick.isBefore(start) ? tick.plusHours(1) : tick;
        while (tick.getHour() % every != 0) {
            tick = tick.plusHours(1);
        }
        for (; !tick.isAfter(end); tick = tick.plusHours(every)) {
            ticks.add(new Tick(tick.toEpochSecond(), tick.format(format)));
        }
        return new ChartAxis(start.toEpochSecond(), end.toEpochSecond(), ticks);
    }

    /** The 1-2-5 step that puts four to eight ticks on [low, high] once widened to multiples of the step. */
    static BigDecimal niceStep(BigDecimal low, BigDecimal high) {
        double span = high.subtract(low).doubleValue();
        int exponent = (int) Math.floor(Math.log10(span / MOST_TICKS)) - 1;
        for (;; exponent++) {
            for (int mantissa : MANTISSAS) {
                BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
                if (tickCount(low, high, step) <= MOST_TICKS) {
                    return step;
                }
            }
        }
    }

    private static int tickCount(BigDecimal low, BigDecimal high, BigDecimal step) {
        return floorMultiple(high.negate(), step).negate().subtract(floorMultiple(low, step))
                .divide(step, 0, RoundingMode.UNNECESSARY).intValueExact() + 1;
    }

    private static BigDecimal floorMultiple(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    private static ChartAxis nice(BigDecimal low, BigDecimal high, Function<BigDecimal, Function<BigDecimal,
            String>> formatFor) {
        BigDecimal step = niceStep(low, high);
        Function<BigDecimal, String> format = formatFor.apply(step);
        BigDecimal first = floorMultiple(low, step);
        BigDecimal last = floorMultiple(high.negate(), step).negate();
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal value = first; value.compareTo(last) <= 0; value = value.add(step)) {
            ticks.add(new Tick(value.doubleValue(), format.apply(value)));
        }
        return new ChartAxis(first.doubleValue(), last.doubleValue(), ticks);
    }

    private static Function<BigDecimal, String> currencyFormat(BigDecimal step, BigDecimal largest) {
        if (largest.compareTo(TEN_THOUSAND) >= 0 && step.compareTo(BigDecimal.valueOf(100)) >= 0) {
            DecimalFormat thousands = decimals(step.divide(THOUSAND));
            return value -> sign(value) + "$" + thousands.format(value.abs().divide(THOUSAND)) + "k";
        }
        DecimalFormat dollars = decimals(step.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : new BigDecimal("0.01"));
        return value -> sign(value) + "$" + dollars.format(value.abs());
    }

    private static Function<BigDecimal, String> percentFormat(BigDecimal step) {
        DecimalFormat percent = decimals(step);
        return value -> sign(value) + percent.format(value.abs()) + " %";
    }

    private static String sign(BigDecimal value) {
        return value.signum() < 0 ? String.valueOf(MINUS) : "";
    }

    /** "#,##0" with as many decimals as {@code step} has, so every multiple of it prints exactly. */
    private static DecimalFormat decimals(BigDecimal step) {
        int places = Math.max(0, step.stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}

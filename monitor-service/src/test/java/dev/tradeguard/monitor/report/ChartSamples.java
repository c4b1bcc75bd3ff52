package dev.tradeguard.monitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.IntradayValue;

/**
 * Seeded, deterministic sample data for the chart tests and the docs' images (docs/images/performance-*.png): one
 * trading day of five-minute valuations around $100,000, and the 22 trading days of March 2026 with a drawdown.
 */
final class ChartSamples {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final BigDecimal START = new BigDecimal("100000.00");
    private static final long SEED = 18;
    private static final int MINUTES_APART = 5;

    private ChartSamples() {
    }

    /** Valuations every five minutes of {@code day}'s session, a seeded walk spanning ±{@code swing} around $100,000. */
    static List<IntradayValue> intraday(LocalDate day, double swing) {
        Random random = new Random(SEED);
        Instant open = NyseCalendar.at(day, NyseCalendar.OPEN);
        Instant close = NyseCalendar.at(day, NyseCalendar.CLOSE);
        List<Instant> times = new ArrayList<>();
        for (Instant at = open; !at.isAfter(close); at = at.plusSeconds(MINUTES_APART * 60L)) {
            times.add(at);
        }
        double[] walk = new double[times.size()];
        double lowest = 0;
        double highest = 0;
        for (int i = 1; i < walk.length; i++) {
            walk[i] = walk[i - 1] + random.nextGaussian();
            lowest = Math.min(lowest, walk[i]);
            highest = Math.max(highest, walk[i]);
        }
        double middle = (highest + lowest) / 2;
        double half = (highest - lowest) / 2;
        List<IntradayValue> values = new ArrayList<>();
        for (int i = 0; i < walk.length; i++) {
            double move = half == 0 ? 0 : swing * (walk[i] - middle) / half;
            values.add(new IntradayValue(times.get(i), START.multiply(BigDecimal.valueOf(1 + move))
                    .setScale(2, RoundingMode.HALF_EVEN)));
        }
        return values;
    }

    /** The closes of March 2026's 22 trading days: up about 3 %, a 2.5 % drawdown mid-month, then a recovery. */
    static List<DailyValue> dailyEquity() {
        double[] returns = {0.004, 0.006, -0.002, 0.007, 0.005, 0.003, -0.001, 0.006, -0.008, -0.006, -0.004,
            -0.007, 0.002, 0.005, 0.006, -0.002, 0.008, 0.004, 0.003, -0.001, 0.005};
        return closes(START, returns);
    }

    /** SPY's closes over the same days, a seeded walk from 580. */
    static List<DailyValue> dailySpy() {
        Random random = new Random(SEED + 1);
        double[] returns = new double[21];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = 0.0004 + random.nextGaussian() * 0.006;
        }
        return closes(new BigDecimal("580.00"), returns);
    }

    static byte[] oneDayPng() {
        return PerformanceChart.intraday("PA-SAMPLE, " + DAY, DAY, intraday(DAY, 0.005));
    }

    static byte[] rangePng() {
        List<DailyValue> equity = dailyEquity();
        String span = equity.get(0).date() + " to " + equity.get(equity.size() - 1).date();
        return PerformanceChart.daily("PA-SAMPLE, " + span, span, equity, dailySpy(), "SPY");
    }

    private static List<DailyValue> closes(BigDecimal start, double[] returns) {
        List<LocalDate> days = NyseCalendar.standard().tradingDays(DAY, LocalDate.of(2026, 3, 31));
        List<DailyValue> closes = new ArrayList<>();
        BigDecimal value = start;
        for (int i = 0; i < days.size(); i++) {
            closes.add(new DailyValue(days.get(i), value));
            if (i < returns.length) {
                value = value.multiply(BigDecimal.valueOf(1 + returns[i])).setScale(2, RoundingMode.HALF_EVEN);
            }
        }
        return closes;
    }
}

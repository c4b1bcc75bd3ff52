package dev.tradeguard.monitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.IntradayValue;

/**
 * The chart's axes read well for any range ("1E2" twenty times, or a drawdown axis of ±4E-9, must not come back),
 * and the PNG it draws is the right size and not blank. With {@code -Dtradeguard.chart.out=DIR} it also writes the
 * sample charts of the docs (docs/images) there.
 */
class PerformanceChartTest {
    private static final Pattern CURRENCY = Pattern.compile("−?\\$\\d{1,3}(,\\d{3})*(\\.\\d+)?k?");
    private static final Pattern PERCENT = Pattern.compile("(−?\\d+(\\.\\d+)? %)");
    private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("[A-Z][a-z]{2} \\d{1,2}");

    @Test
    void aFlatDayAtOneHundredThousandGetsDistinctDollarLabelsAroundItsValue() {
        PerformanceChart.Axes axes = PerformanceChart.intradayAxes(ChartSamples.DAY,
                ChartSamples.intraday(ChartSamples.DAY, 0));

        assertWellFormed(axes.value(), CURRENCY);
        assertTrue(axes.value().min() < 100_000 && axes.value().max() > 100_000, axes.value().toString());
        assertTrue(axes.value().max() - axes.value().min() <= 1_000, "a flat line keeps a small range");
        assertTrue(axes.value().labels().contains("$100,000"), axes.value().labels().toString());
        assertWellFormed(axes.drawdown(), PERCENT);
        assertEquals("0.0 %", last(axes.drawdown().labels()));
        assertWellFormed(axes.time(), CLOCK);
        assertEquals("10:00", axes.time().labels().get(0));
        assertEquals("16:00", last(axes.time().labels()));
    }

    @Test
    void aDayMovingHalfAPercentGetsThousandsLabelsAndAPercentDrawdown() {
        PerformanceChart.Axes axes = PerformanceChart.intradayAxes(ChartSamples.DAY,
                ChartSamples.intraday(ChartSamples.DAY, 0.005));

        assertWellFormed(axes.value(), CURRENCY);
        assertTrue(axes.value().labels().stream().allMatch(label -> label.endsWith("k")), axes.value().labels()
                .toString());
        assertTrue(axes.value().min() <= 99_500 && axes.value().max() >= 100_500, axes.value().toString());
        assertWellFormed(axes.drawdown(), PERCENT);
        assertTrue(axes.drawdown().labels().get(0).startsWith("−"), axes.drawdown().labels().toString());
    }

    @Test
    void aTwentyTwoDayRangeWithADrawdownGetsDateLabelsAndADrawdownBelowZero() {
        List<DailyValue> equity = ChartSamples.dailyEquity();
        PerformanceChart.Axes axes = PerformanceChart.dailyAxes(equity, ChartSamples.dailySpy());

        assertEquals(22, equity.size());
        assertEquals(22, axes.equity().size());
        assertEquals(22, axes.benchmark().size());
        assertEquals(equity.get(0).value().doubleValue(), axes.benchmark().get(0)[1], 1e-9,
                "SPY starts where the equity starts");
        assertWellFormed(axes.value(), CURRENCY);
        assertWellFormed(axes.drawdown(), PERCENT);
        double deepest = axes.drawdownCurve().stream().mapToDouble(point -> point[1]).min().orElseThrow();
        assertTrue(deepest < -1, "the sample has a drawdown: " + deepest);
        assertTrue(axes.drawdown().min() <= deepest, "the axis reaches the deepest point");
        assertWellFormed(axes.time(), MONTH_DAY);
        assertEquals("Mar 2", axes.time().labels().get(0));
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0, new BigDecimal("50").compareTo(ChartAxis.niceStep(new BigDecimal("99900"),
                new BigDecimal("100100"))));
        assertEquals(0, new BigDecimal("0.2").compareTo(ChartAxis.niceStep(new BigDecimal("-1"), BigDecimal.ZERO)));
        assertEquals(0, new BigDecimal("2000").compareTo(ChartAxis.niceStep(new BigDecimal("96123"),
                new BigDecimal("107456"))));
    }

    @Test
    void theOneDayAndTheRangeChartsDecodeAtTheirSizeWithSomethingDrawnInThePlot() throws Exception {
        byte[] day = ChartSamples.oneDayPng();
        byte[] range = ChartSamples.rangePng();

        assertDrawn(day);
        assertDrawn(range);
        String out = System.getProperty("tradeguard.chart.out");
        if (out != null && !out.isBlank()) {
            Path directory = Path.of(out);
            Files.createDirectories(directory);
            Files.write(directory.resolve("performance-1day.png"), day);
            Files.write(directory.resolve("performance-22days.png"), range);
        }
    }

    @Test
    void anEmptyRangeSaysThereIsNoDataInsteadOfDrawingAnEmptyPlot() throws Exception {
        BufferedImage empty = decode(PerformanceChart.daily("PA-EMPTY, 2026-03-02 to 2026-03-31",
                "2026-03-02 to 2026-03-31", List.of(), List.of(), "SPY"));
        BufferedImage drawn = decode(ChartSamples.rangePng());

        assertEquals(PerformanceChart.WIDTH, empty.getWidth());
        assertTrue(distinctColours(empty, PerformanceChart.VALUE_TOP + 2, PerformanceChart.VALUE_TOP + 100) < 3,
                "no curve is drawn in the upper plot");
        assertTrue(distinctColours(drawn, PerformanceChart.VALUE_TOP + 2, PerformanceChart.VALUE_BOTTOM - 2) > 10);
    }

    private static void assertWellFormed(ChartAxis axis, Pattern format) {
        List<String> labels = axis.labels();
        assertTrue(labels.size() >= ChartAxis.FEWEST_TICKS && labels.size() <= ChartAxis.MOST_TICKS,
                "four to eight ticks: " + labels);
        assertEquals(labels.size(), labels.stream().distinct().count(), "no label repeats: " + labels);
        for (int i = 1; i < axis.ticks().size(); i++) {
            assertTrue(axis.ticks().get(i).value() > axis.ticks().get(i - 1).value(), "ticks increase: " + labels);
        }
        labels.forEach(label -> assertTrue(format.matcher(label).matches(), "badly formatted: " + label));
        assertTrue(labels.stream().noneMatch(label -> label.contains("E")), "no scientific notation: " + labels);
    }

    private static void assertDrawn(byte[] png) throws Exception {
        BufferedImage image = decode(png);
        assertEquals(PerformanceChart.WIDTH, image.getWidth());
        assertEquals(PerformanceChart.HEIGHT, image.getHeight());
        assertTrue(variance(image, PerformanceChart.VALUE_TOP + 2, PerformanceChart.VALUE_BOTTOM - 2) > 50,
                "the equity plot is not blank");
        assertTrue(variance(image, PerformanceChart.DRAWDOWN_TOP + 2, PerformanceChart.DRAWDOWN_BOTTOM - 2) > 0,
                "the drawdown plot is not blank");
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The variance of the pixels' brightness inside the plot between rows top and bottom. */
    private static double variance(BufferedImage image, int top, int bottom) {
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = PerformanceChart.LEFT + 2; x < PerformanceChart.RIGHT - 2; x++) {
                int rgb = image.getRGB(x, y);
                double brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                sum += brightness;
                squares += brightness * brightness;
                count++;
            }
        }
        double mean = sum / count;
        return squares / count - mean * mean;
    }

    private static long distinctColours(BufferedImage image, int top, int bottom) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = top; y < bottom; y++) {
            for (int x = PerformanceChart.LEFT + 2; x < PerformanceChart.RIGHT - 2; x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String last(List<String> labels) {
        return labels.get(labels.size() - 1);
    }
}

package dev.tradeguard.monitor.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.IntradayValue;

/**
 * The performance graph of the guide's reviews, drawn with java.awt alone (headless) to a 1000 × 640 PNG. A range of
 * days draws the daily equity and the benchmark rebased to the equity's first close, with the drawdown from the
 * running high beneath; one day draws the intraday equity and its drawdown from the day's high. Axes come from
 * {@link ChartAxis}; a range without data says so instead of drawing an empty plot.
 */
public final class PerformanceChart {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 640;
    static final int LEFT = 100;
    static final int RIGHT = WIDTH - 28;
    static final int VALUE_TOP = 68;
    static final int VALUE_BOTTOM = 418;
    static final int DRAWDOWN_TOP = 446;
    static final int DRAWDOWN_BOTTOM = 566;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Color EQUITY = new Color(0x1f, 0x77, 0xb4);
    private static final Color BENCHMARK = new Color(0x6f, 0x6f, 0x6f);
    private static final Color DRAWDOWN = new Color(0xd6, 0x27, 0x28);
    private static final Color GRID = new Color(0xe3, 0xe3, 0xe3);
    private static final Color FRAME = new Color(0x9a, 0x9a, 0x9a);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final BasicStroke EQUITY_LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    private static final BasicStroke BENCHMARK_LINE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private PerformanceChart() {
    }

    /** The axes a chart is drawn on, and the series in the axes' units. */
    public record Axes(ChartAxis time, ChartAxis value, ChartAxis drawdown, List<double[]> equity,
            List<double[]> benchmark, List<double[]> drawdownCurve) {
    }

    /** Daily equity and the benchmark rebased to the equity's first close, over the trading days of the range. */
    public static Axes dailyAxes(List<DailyValue> equity, List<DailyValue> benchmark) {
        TreeSet<LocalDate> days = new TreeSet<>();
        equity.forEach(value -> days.add(value.date()));
        benchmark.stream().map(DailyValue::date)
                .filter(day -> !equity.isEmpty() && !day.isBefore(equity.get(0).date())).forEach(days::add);
        List<LocalDate> index = List.copyOf(days);
        List<double[]> equityPoints = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> drawdowns = new ArrayList<>();
        List<double[]> drawdownPoints = new ArrayList<>();
        BigDecimal peak = null;
        for (DailyValue value : equity) {
            double x = index.indexOf(value.date());
            equityPoints.add(new double[] {x, value.value().doubleValue()});
            values.add(value.value());
            peak = peak == null || value.value().compareTo(peak) > 0 ? value.value() : peak;
            BigDecimal drawdown = drawdownPercent(value.value(), peak);
            drawdowns.add(drawdown);
            drawdownPoints.add(new double[] {x, drawdown.doubleValue()});
        }
        List<double[]> benchmarkPoints = new ArrayList<>();
        Map<LocalDate, BigDecimal> rebased = rebased(equity, benchmark);
        rebased.forEach((day, value) -> {
            benchmarkPoints.add(new double[] {index.indexOf(day), value.doubleValue()});
            values.add(value);
        });
        return new Axes(ChartAxis.tradingDays(index.isEmpty() ? List.of(LocalDate.EPOCH) : index),
                ChartAxis.currency(values), ChartAxis.drawdownPercent(drawdowns), equityPoints, benchmarkPoints,
                drawdownPoints);
    }

    /** The day's valuations in time order, and their drawdown from the day's running high. */
    public static Axes intradayAxes(LocalDate day, List<IntradayValue> equity) {
        List<double[]> equityPoints = new ArrayList<>();
        List<double[]> drawdownPoints = new ArrayList<>();
        List<BigDecimal> drawdowns = new ArrayList<>();
        BigDecimal peak = null;
        for (IntradayValue value : equity) {
            double x = value.at().getEpochSecond();
            equityPoints.add(new double[] {x, value.equity().doubleValue()});
            peak = peak == null || value.equity().compareTo(peak) > 0 ? value.equity() : peak;
            BigDecimal drawdown = drawdownPercent(value.equity(), peak);
            drawdowns.add(drawdown);
            drawdownPoints.add(new double[] {x, drawdown.doubleValue()});
        }
        return new Axes(ChartAxis.intraday(day, equity.stream().map(IntradayValue::at).toList()),
                ChartAxis.currency(equity.stream().map(IntradayValue::equity).toList()),
                ChartAxis.drawdownPercent(drawdowns), equityPoints, List.of(), drawdownPoints);
    }

    public static byte[] daily(String title, String range, List<DailyValue> equity, List<DailyValue> benchmark,
            String benchmarkName) {
        if (equity.isEmpty()) {
            return noData(title, range);
        }
        return render(title, dailyAxes(equity, benchmark), "Trading day (New York)",
                benchmark.isEmpty() ? null : benchmarkName + " (rebased to the first close)");
    }

    public static byte[] intraday(String title, LocalDate day, List<IntradayValue> equity) {
        if (equity.isEmpty()) {
            return noData(title, day.toString());
        }
        return render(title, intradayAxes(day, equity), "Time (New York), " + day, null);
    }

    private static Map<LocalDate, BigDecimal> rebased(List<DailyValue> equity, List<DailyValue> benchmark) {
        Map<LocalDate, BigDecimal> rebased = new TreeMap<>();
        if (equity.isEmpty()) {
            return rebased;
        }
        BigDecimal start = equity.get(0).value();
        List<DailyValue> from = benchmark.stream().filter(value -> !value.date().isBefore(equity.get(0).date()))
                .toList();
        if (from.isEmpty() || from.get(0).value().signum() == 0) {
            return rebased;
        }
        BigDecimal base = from.get(0).value();
        from.forEach(value -> rebased.put(value.date(), value.value().multiply(start).divide(base,
                MathContext.DECIMAL64)));
        return rebased;
    }

    private static BigDecimal drawdownPercent(BigDecimal value, BigDecimal peak) {
        return peak.signum() <= 0 ? BigDecimal.ZERO
                : value.subtract(peak).multiply(HUNDRED).divide(peak, MathContext.DECIMAL64);
    }

    private static byte[] render(String title, Axes axes, String timeCaption, String benchmarkLegend) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, title);
        legend(g, benchmarkLegend);
        panel(g, axes.time(), axes.value(), VALUE_TOP, VALUE_BOTTOM, "Equity");
        panel(g, axes.time(), axes.drawdown(), DRAWDOWN_TOP, DRAWDOWN_BOTTOM, "Drawdown");
        timeLabels(g, axes.time(), timeCaption);
        Path2D area = path(axes.time(), axes.drawdown(), axes.drawdownCurve(), DRAWDOWN_TOP, DRAWDOWN_BOTTOM);
        if (area != null && axes.drawdownCurve().size() > 1) {
            double zero = y(axes.drawdown(), 0, DRAWDOWN_TOP, DRAWDOWN_BOTTOM);
            area.lineTo(x(axes.time(), last(axes.drawdownCurve())[0]), zero);
            area.lineTo(x(axes.time(), axes.drawdownCurve().get(0)[0]), zero);
            area.closePath();
            g.setColor(new Color(DRAWDOWN.getRed(), DRAWDOWN.getGreen(), DRAWDOWN.getBlue(), 0x50));
            g.fill(area);
        }
        series(g, axes.time(), axes.drawdown(), axes.drawdownCurve(), DRAWDOWN_TOP, DRAWDOWN_BOTTOM, DRAWDOWN,
                new BasicStroke(1.4f));
        series(g, axes.time(), axes.value(), axes.benchmark(), VALUE_TOP, VALUE_BOTTOM, BENCHMARK, BENCHMARK_LINE);
        series(g, axes.time(), axes.value(), axes.equity(), VALUE_TOP, VALUE_BOTTOM, EQUITY, EQUITY_LINE);
        g.dispose();
        return png(image);
    }

    private static byte[] noData(String title, String range) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, title);
        g.setColor(FRAME);
        g.drawRect(LEFT, VALUE_TOP, RIGHT - LEFT, DRAWDOWN_BOTTOM - VALUE_TOP);
        g.setFont(TITLE.deriveFont(Font.PLAIN, 20f));
        g.setColor(TEXT);
        centered(g, "No data for " + range, (LEFT + RIGHT) / 2, (VALUE_TOP + DRAWDOWN_BOTTOM) / 2);
        g.dispose();
        return png(image);
    }

    private static Graphics2D canvas(BufferedImage image, String title) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(TEXT);
        g.setFont(TITLE);
        centered(g, title, WIDTH / 2, 30);
        return g;
    }

    private static void legend(Graphics2D g, String benchmarkLegend) {
        g.setFont(CAPTION);
        FontMetrics metrics = g.getFontMetrics();
        int y = 54;
        int x = LEFT;
        x = legendEntry(g, x, y, EQUITY, EQUITY_LINE, "Portfolio equity", metrics);
        if (benchmarkLegend != null) {
            x = legendEntry(g, x + 24, y, BENCHMARK, BENCHMARK_LINE, benchmarkLegend, metrics);
        }
        legendEntry(g, x + 24, y, DRAWDOWN, new BasicStroke(6f), "Drawdown from the running high", metrics);
    }

    private static int legendEntry(Graphics2D g, int x, int y, Color color, BasicStroke stroke, String text,
            FontMetrics metrics) {
        g.setColor(color);
        g.setStroke(stroke);
        g.drawLine(x, y - 4, x + 26, y - 4);
        g.setColor(TEXT);
        g.drawString(text, x + 32, y);
        return x + 32 + metrics.stringWidth(text);
    }

    private static void panel(Graphics2D g, ChartAxis time, ChartAxis value, int top, int bottom, String caption) {
        g.setStroke(new BasicStroke(1f));
        g.setFont(LABEL);
        FontMetrics metrics = g.getFontMetrics();
        for (ChartAxis.Tick tick : value.ticks()) {
            int y = (int) Math.round(y(value, tick.value(), top, bottom));
            g.setColor(GRID);
            g.drawLine(LEFT, y, RIGHT, y);
            g.setColor(TEXT);
            g.drawString(tick.label(), LEFT - 8 - metrics.stringWidth(tick.label()), y + metrics.getAscent() / 2 - 1);
        }
        for (ChartAxis.Tick tick : time.ticks()) {
            int x = (int) Math.round(x(time, tick.value()));
            g.setColor(GRID);
            g.drawLine(x, top, x, bottom);
        }
        g.setColor(FRAME);
        g.drawRect(LEFT, top, RIGHT - LEFT, bottom - top);
        g.setColor(TEXT);
        g.setFont(CAPTION);
        AffineTransform straight = g.getTransform();
        g.translate(20, (top + bottom) / 2.0);
        g.rotate(-Math.PI / 2);
        centered(g, caption, 0, 0);
        g.setTransform(straight);
    }

    private static void timeLabels(Graphics2D g, ChartAxis time, String caption) {
        g.setFont(LABEL);
        g.setColor(TEXT);
        for (ChartAxis.Tick tick : time.ticks()) {
            int x = (int) Math.round(x(time, tick.value()));
            g.setColor(FRAME);
            g.drawLine(x, DRAWDOWN_BOTTOM, x, DRAWDOWN_BOTTOM + 4);
            g.setColor(TEXT);
            centered(g, tick.label(), x, DRAWDOWN_BOTTOM + 20);
        }
        g.setFont(CAPTION);
        centered(g, caption, (LEFT + RIGHT) / 2, DRAWDOWN_BOTTOM + 46);
    }

    private static void series(Graphics2D g, ChartAxis time, ChartAxis value, List<double[]> points, int top,
            int bottom, Color color, BasicStroke stroke) {
        if (points.isEmpty()) {
            return;
        }
        g.setColor(color);
        g.setStroke(stroke);
        if (points.size() == 1) {
            double x = x(time, points.get(0)[0]);
            double y = y(value, points.get(0)[1], top, bottom);
            g.fill(new java.awt.geom.Ellipse2D.Double(x - 4, y - 4, 8, 8));
            return;
        }
        g.draw(path(time, value, points, top, bottom));
    }

    private static Path2D path(ChartAxis time, ChartAxis value, List<double[]> points, int top, int bottom) {
        if (points.isEmpty()) {
            return null;
        }
        Path2D path = new Path2D.Double();
        path.moveTo(x(time, points.get(0)[0]), y(value, points.get(0)[1], top, bottom));
        for (double[] point : points.subList(1, points.size())) {
            path.lineTo(x(time, point[0]), y(value, point[1], top, bottom));
        }
        return path;
    }

    private static double[] last(List<double[]> points) {
        return points.get(points.size() - 1);
    }

    private static double x(ChartAxis time, double value) {
        return LEFT + time.fraction(value) * (RIGHT - LEFT);
    }

    private static double y(ChartAxis axis, double value, int top, int bottom) {
        return bottom - axis.fraction(value) * (bottom - top);
    }

    private static void centered(Graphics2D g, String text, int x, int baseline) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the performance chart", e);
        }
        return out.toByteArray();
    }
}

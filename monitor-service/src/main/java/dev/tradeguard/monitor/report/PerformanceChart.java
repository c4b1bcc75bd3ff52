package dev.tradeguard.monitor.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import dev.tradeguard.monitor.domain.DailyValue;

/**
 * The performance graph of the guide's weekly review: equity and SPY, both rebased to 100 on the first day, with the
 * drawdown from the running high beneath. Rendered headless (java.awt.headless=true) to PNG.
 */
public final class PerformanceChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 640;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PerformanceChart() {
    }

    public static byte[] png(String title, List<DailyValue> equity, List<DailyValue> benchmark,
            String benchmarkName) {
        System.setProperty("java.awt.headless", "true");
        TimeSeriesCollection lines = new TimeSeriesCollection();
        lines.addSeries(rebased("Portfolio", equity));
        if (!benchmark.isEmpty()) {
            lines.addSeries(rebased(benchmarkName, benchmark));
        }
        TimeSeriesCollection drawdown = new TimeSeriesCollection(drawdown(equity));

        DateAxis dates = new DateAxis("Date (New York)");
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        dates.setDateFormatOverride(format);
        dates.setTimeZone(TimeZone.getTimeZone("UTC"));

        NumberAxis valueAxis = new NumberAxis("Value (first day = 100)");
        valueAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
        lineRenderer.setSeriesPaint(1, new Color(0x7f, 0x7f, 0x7f));
        lineRenderer.setSeriesStroke(0, new BasicStroke(2.2f));
        lineRenderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        XYPlot valuePlot = new XYPlot(lines, null, valueAxis, lineRenderer);
        valuePlot.setBackgroundPaint(Color.WHITE);
        valuePlot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        valuePlot.setDomainGridlinePaint(Color.LIGHT_GRAY);

        NumberAxis drawdownAxis = new NumberAxis("Drawdown %");
        XYAreaRenderer areaRenderer = new XYAreaRenderer();
        areaRenderer.setSeriesPaint(0, new Color(0xd6, 0x27, 0x28, 0xa0));
        XYPlot drawdownPlot = new XYPlot(drawdown, null, drawdownAxis, areaRenderer);
        drawdownPlot.setBackgroundPaint(Color.WHITE);
        drawdownPlot.setRangeGridlinePaint(Color.LIGHT_GRAY);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
        plot.setGap(12);
        plot.add(valuePlot, 3);
        plot.add(drawdownPlot, 1);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (equity.isEmpty()) {
            chart.addSubtitle(new TextTitle("No daily closes in this range"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the performance chart", e);
        }
        return out.toByteArray();
    }

    private static TimeSeries rebased(String name, List<DailyValue> values) {
        TimeSeries series = new TimeSeries(name);
        if (values.isEmpty() || values.get(0).value().signum() == 0) {
            return series;
        }
        BigDecimal base = values.get(0).value();
        for (DailyValue value : values) {
            series.addOrUpdate(day(value.date()), value.value().multiply(HUNDRED).divide(base, MathContext.DECIMAL64));
        }
        return series;
    }

    private static TimeSeries drawdown(List<DailyValue> values) {
        TimeSeries series = new TimeSeries("Drawdown from high %");
        BigDecimal peak = null;
        for (DailyValue value : values) {
            peak = peak == null || value.value().compareTo(peak) > 0 ? value.value() : peak;
            if (peak.signum() > 0) {
                series.addOrUpdate(day(value.date()), value.value().subtract(peak).multiply(HUNDRED)
                        .divide(peak, MathContext.DECIMAL64));
            }
        }
        return series;
    }

    private static Day day(LocalDate date) {
        return new Day(java.util.Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
    }
}

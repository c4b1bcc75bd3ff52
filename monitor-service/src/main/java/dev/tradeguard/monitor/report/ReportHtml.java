package dev.tradeguard.monitor.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.monitor.domain.Metric;
import dev.tradeguard.monitor.domain.PerformanceMetrics;
import dev.tradeguard.monitor.domain.RoundTrip;

/** Reports as plain HTML pages (escaped), and the one-line text of their alerts. */
public final class ReportHtml {
    private ReportHtml() {
    }

    public static String daily(DailyReport report, String chartUrl) {
        StringBuilder html = page("Daily summary " + report.accountId() + " " + report.date());
        chart(html, "Intraday equity with its drawdown from the day's high", chartUrl);
        table(html, "Account", rows(
                "Starting value", money(report.startingValue()), "Ending value", money(report.endingValue()),
                "Daily P&L", money(report.dailyPnl()),
                "Daily P&L %", report.dailyPnlPct() == null ? "—" : ReportService.percent(report.dailyPnlPct()),
                "Executions", String.valueOf(report.tradesExecuted()),
                "Positions closed", String.valueOf(report.positionsClosed().size()),
                "Open positions", String.valueOf(report.openPositions().size()),
                "Cash", money(report.cash()), "Margin used", money(report.marginUsed())));
        trades(html, "Positions closed", report.positionsClosed());
        html.append("<h2>Open positions</h2><table><tr><th>Symbol</th><th>Quantity</th><th>Entry</th><th>Price</th>"
                + "<th>Unrealized %</th></tr>");
        for (PositionSnapshot position : report.openPositions()) {
            html.append("<tr><td>").append(escape(position.symbol())).append("</td><td>")
                    .append(position.quantity().toPlainString()).append("</td><td>")
                    .append(money(position.avgEntryPrice())).append("</td><td>").append(money(position.currentPrice()))
                    .append("</td><td>").append(position.unrealizedPlPct() == null ? "—"
                            : ReportService.percent(position.unrealizedPlPct()))
                    .append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    public static String period(PeriodReport report, String chartUrl) {
        StringBuilder html = page("Review " + report.accountId() + ", " + report.period());
        chart(html, "Equity vs SPY with drawdown", chartUrl);
        table(html, "Metrics", metricRows(report.metrics()));
        trades(html, "Largest winners", report.largestWinners());
        trades(html, "Largest losers", report.largestLosers());
        html.append("<h2>Allocation by strategy</h2><table><tr><th>Strategy</th><th>Open value</th><th>Share</th>"
                + "<th>Trades</th><th>Realized P&amp;L</th></tr>");
        for (PeriodReport.StrategyAllocation line : report.allocation()) {
            html.append("<tr><td>").append(escape(line.strategy())).append("</td><td>")
                    .append(money(line.openValue())).append("</td><td>")
                    .append(line.share() == null ? "—" : ReportService.percent(line.share())).append("</td><td>")
                    .append(line.trades()).append("</td><td>").append(money(line.realizedPnl())).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    /** The text of a review alert: the headline metrics. */
    public static String summary(PeriodReport report) {
        PerformanceMetrics m = report.metrics();
        return "Return " + pct(m.totalReturn()) + " (SPY " + pct(m.benchmarkReturn()) + "), " + m.trades()
                + " trades, win rate " + pct(m.winRate()) + ", Sharpe " + m.sharpe().describe(2)
                + ", max drawdown " + pct(m.maxDrawdown().depth()) + ".";
    }

    public static Map<String, String> details(PeriodReport report) {
        Map<String, String> details = new LinkedHashMap<>();
        List<String> rows = metricRows(report.metrics());
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            details.put(rows.get(i), rows.get(i + 1));
        }
        if (!report.largestWinners().isEmpty()) {
            details.put("Largest winner", describe(report.largestWinners().get(0)));
        }
        if (!report.largestLosers().isEmpty()) {
            details.put("Largest loser", describe(report.largestLosers().get(0)));
        }
        return details;
    }

    private static List<String> metricRows(PerformanceMetrics m) {
        return rows("Range", m.from() + " to " + m.to(), "Total return", pct(m.totalReturn()),
                "SPY return", pct(m.benchmarkReturn()), "Trades", String.valueOf(m.trades()),
                "Win rate", pct(m.winRate()), "Average win", m.averageWin().describe(2),
                "Average loss", m.averageLoss().describe(2), "Profit factor", m.profitFactor().describe(2),
                "Sharpe", m.sharpe().describe(2), "Sortino", m.sortino().describe(2),
                "Max drawdown", pct(m.maxDrawdown().depth()),
                "Drawdown duration (trading days)", String.valueOf(m.maxDrawdown().durationTradingDays()),
                "Alpha (annual)", pct(m.alpha()), "Beta", m.beta().describe(2),
                "Trades per month", m.tradesPerMonth().describe(2), "Fill rate", pct(m.fillRate()),
                "Slippage vs limit (bps)", m.slippageVsLimitBps().describe(1),
                "Slippage vs recommendation (bps)", m.slippageVsRecommendationBps().describe(1),
                "Max consecutive losses", String.valueOf(m.maxConsecutiveLosses()));
    }

    private static String describe(RoundTrip trip) {
        return trip.symbol() + " " + trip.direction() + " " + money(trip.realizedPnl()) + " ("
                + ReportService.percent(trip.returnPct()) + ")";
    }

    private static void chart(StringBuilder html, String alt, String chartUrl) {
        html.append("<p><img alt=\"").append(escape(alt)).append("\" src=\"").append(escape(chartUrl))
                .append("\" width=\"").append(PerformanceChart.WIDTH).append("\" height=\"")
                .append(PerformanceChart.HEIGHT).append("\" style=\"max-width:100%;height:auto\"></p>");
    }

    private static void trades(StringBuilder html, String title, List<RoundTrip> trips) {
        html.append("<h2>").append(escape(title)).append("</h2><table><tr><th>Symbol</th><th>Strategy</th>"
                + "<th>Side</th><th>Quantity</th><th>Entry</th><th>Exit</th><th>P&amp;L</th><th>Return</th></tr>");
        for (RoundTrip trip : trips) {
            html.append("<tr><td>").append(escape(trip.symbol())).append("</td><td>").append(escape(trip.strategy()))
                    .append("</td><td>").append(trip.direction()).append("</td><td>")
                    .append(trip.quantity().toPlainString()).append("</td><td>").append(money(trip.entryPrice()))
                    .append("</td><td>").append(money(trip.exitPrice())).append("</td><td>")
                    .append(money(trip.realizedPnl())).append("</td><td>")
                    .append(ReportService.percent(trip.returnPct())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>body{font-family:sans-serif}td,th{padding:2px 10px;text-align:right}"
                        + "td:first-child,th:first-child{text-align:left}</style></head><body><h1>")
                .append(escape(title)).append("</h1>");
    }

    private static void table(StringBuilder html, String title, List<String> rows) {
        html.append("<h2>").append(escape(title)).append("</h2><table>");
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            html.append("<tr><th>").append(escape(rows.get(i))).append("</th><td>").append(escape(rows.get(i + 1)))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private static List<String> rows(String... cells) {
        return List.of(cells);
    }

    private static String pct(Metric metric) {
        return metric.defined() ? ReportService.percent(metric.value()) : "undefined (" + metric.undefinedReason() + ")";
    }

    private static String money(BigDecimal value) {
        return value == null ? "—" : ReportService.plain(value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

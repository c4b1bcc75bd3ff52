package dev.tradeguard.cli.papermonth;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.command.Text;

/**
 * The end of a replay, from the services' own answers: monitor-service's go-live gate, metrics, reviews,
 * recommendation outcomes and chart; risk-service's decisions and approvals; alert-service's red flags and reviews;
 * the simulator's ledger (orders and fills). Printed, and written as markdown, JSON and the chart's PNG.
 */
public final class MonthReport {
    /** The metrics table: monitor-service's field, its label, and whether it is a fraction shown as a percentage. */
    private record Row(String field, String label, boolean percent) {
    }

    private static final List<Row> METRICS = List.of(new Row("totalReturn", "return", true),
            new Row("benchmarkReturn", "SPY return", true), new Row("winRate", "win rate", true),
            new Row("winLossRatio", "average win / average loss", false),
            new Row("profitFactor", "profit factor", false), new Row("sharpe", "Sharpe (annualised)", false),
            new Row("sortino", "Sortino (annualised)", false), new Row("alpha", "alpha vs SPY", true),
            new Row("beta", "beta vs SPY", false), new Row("tradesPerMonth", "round trips per month", false),
            new Row("averageHoldingDays", "average holding (days)", false),
            new Row("fillRate", "fill rate", true), new Row("slippageVsLimitBps", "slippage vs limit (bps)", false),
            new Row("slippageVsRecommendationBps", "slippage vs recommendation (bps)", false));

    private final ObjectNode json;
    private final byte[] chart;

    private MonthReport(ObjectNode json, byte[] chart) {
        this.json = json;
        this.chart = chart;
    }

    public ObjectNode json() {
        return json;
    }

    static MonthReport collect(Api api, String account, List<TradingDay> plan, List<DayProgress> progress,
            ArrayNode fills, Set<String> legIds, List<String> notes) {
        LocalDate from = plan.get(0).date();
        LocalDate to = plan.get(plan.size() - 1).date();
        String range = "account=" + Api.encode(account) + "&from=" + from + "&to=" + to;
        ObjectNode json = Api.JSON.createObjectNode();
        json.put("account", account).put("from", from.toString()).put("to", to.toString())
                .put("tradingDays", plan.size());
        ArrayNode days = json.putArray("days");
        progress.forEach(day -> days.add(day.toJson()));
        json.set("goLive", api.get(Service.MONITOR, "/readiness/go-live?account=" + Api.encode(account)));
        JsonNode metrics = api.get(Service.MONITOR, "/performance/metrics?" + range);
        json.set("metrics", metrics);
        JsonNode equity = api.get(Service.MONITOR, "/performance/equity?" + range);
        json.set("turnover", turnover(fills, equity));
        JsonNode alerts = api.get(Service.ALERT, "/accounts/" + Api.encode(account) + "/alerts");
        json.set("redFlags", ofType(alerts, "RED_FLAG"));
        json.set("weeklyReviewAlerts", ofType(alerts, "WEEKLY_REPORT"));
        json.set("monthlyReviewAlerts", ofType(alerts, "MONTHLY_REPORT"));
        ObjectNode alertCounts = json.putObject("alertsByType");
        for (JsonNode alert : alerts) {
            String type = alert.path("alertType").asText();
            alertCounts.put(type, alertCounts.path(type).asInt() + 1);
        }
        ArrayNode weekly = json.putArray("weeklyReviews");
        for (LocalDate sunday : sundays(plan)) {
            weekly.add(api.get(Service.MONITOR, "/reports/weekly?account=" + Api.encode(account) + "&date=" + sunday));
        }
        ArrayNode monthly = json.putArray("monthlyReviews");
        for (LocalDate month : months(plan)) {
            // monitor's monthly review of a date reviews the month before the date's month
            monthly.add(api.get(Service.MONITOR, "/reports/monthly?account=" + Api.encode(account) + "&date="
                    + month.plusMonths(1)));
        }
        json.set("recommendations", outcomes(api, account, range));
        ObjectNode ledger = json.putObject("ledger");
        ledger.set("orders", api.get(Service.SIMULATOR, "/v2/orders?status=all&nested=true&direction=asc&limit=500"));
        ledger.set("fills", fills);
        ArrayNode missing = json.putArray("missing");
        missing.add("turnover is computed here (traded value of the simulator's fills / average daily equity):"
                + " monitor-service's metrics have round trips per month, not turnover");
        ArrayNode noteList = json.putArray("notes");
        notes.forEach(noteList::add);
        byte[] chart = api.bytes(Service.MONITOR, "/reports/performance.png?" + range, "image/png");
        return new MonthReport(json, chart);
    }

    /** Every Sunday a week of the run ends on (monitor's weekly review of a day is the week ending that Sunday). */
    static List<LocalDate> sundays(List<TradingDay> plan) {
        Set<LocalDate> sundays = new LinkedHashSet<>();
        plan.forEach(day -> sundays.add(day.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))));
        return new ArrayList<>(sundays);
    }

    /** The first day of every month the run touches. */
    static List<LocalDate> months(List<TradingDay> plan) {
        Set<LocalDate> months = new LinkedHashSet<>();
        plan.forEach(day -> months.add(day.date().withDayOfMonth(1)));
        return new ArrayList<>(months);
    }

    private static ArrayNode ofType(JsonNode alerts, String type) {
        ArrayNode matching = Api.JSON.createArrayNode();
        for (JsonNode alert : alerts) {
            if (type.equals(alert.path("alertType").asText())) {
                matching.add(Api.JSON.createObjectNode().put("occurredAt", alert.path("occurredAt").asText())
                        .put("subject", alert.path("subject").asText()).put("message", alert.path("message").asText()));
            }
        }
        return matching;
    }

    /** Traded value over the run's average daily close. */
    static ObjectNode turnover(JsonNode fills, JsonNode equityCurve) {
        BigDecimal traded = BigDecimal.ZERO;
        for (JsonNode fill : fills) {
            BigDecimal qty = Text.decimal(fill.path("qty"));
            BigDecimal price = Text.decimal(fill.path("price"));
            if (qty != null && price != null) {
                traded = traded.add(qty.abs().multiply(price));
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        int closes = 0;
        for (JsonNode close : equityCurve) {
            BigDecimal value = Text.decimal(close.path("value"));
            if (value != null) {
                sum = sum.add(value);
                closes++;
            }
        }
        ObjectNode node = Api.JSON.createObjectNode();
        node.put("tradedValue", traded.setScale(2, RoundingMode.HALF_EVEN));
        if (closes == 0 || sum.signum() == 0) {
            node.put("undefinedReason", "no daily close recorded");
        } else {
            BigDecimal average = sum.divide(BigDecimal.valueOf(closes), MathContext.DECIMAL64);
            node.put("averageEquity", average.setScale(2, RoundingMode.HALF_EVEN));
            node.put("value", traded.divide(average, 4, RoundingMode.HALF_EVEN));
        }
        return node;
    }

    /** Per recommendation: risk's decision (and approval), and monitor's outcome of it. */
    private static ArrayNode outcomes(Api api, String account, String range) {
        Map<String, JsonNode> approvals = new LinkedHashMap<>();
        for (JsonNode approval : api.get(Service.RISK, "/approvals?limit=1000")) {
            approvals.put(approval.path("recommendationId").asText(), approval);
        }
        Map<String, JsonNode> outcomes = new LinkedHashMap<>();
        for (JsonNode outcome : api.get(Service.MONITOR, "/performance/recommendations?" + range)) {
            outcomes.put(outcome.path("recommendationId").asText(), outcome);
        }
        List<JsonNode> decisions = new ArrayList<>();
        api.get(Service.RISK, "/decisions?accountId=" + Api.encode(account) + "&limit=1000").forEach(decisions::add);
        decisions.sort((a, b) -> a.path("decidedAt").asText().compareTo(b.path("decidedAt").asText()));
        ArrayNode rows = Api.JSON.createArrayNode();
        for (JsonNode decision : decisions) {
            String id = decision.path("recommendationId").asText();
            JsonNode approval = approvals.get(id);
            JsonNode outcome = outcomes.get(id);
            ObjectNode row = rows.addObject();
            row.put("recommendationId", id).put("decidedAt", decision.path("decidedAt").asText())
                    .put("strategy", decision.path("strategy").asText()).put("symbol", decision.path("symbol").asText())
                    .put("side", decision.path("side").asText());
            row.set("quantity", decision.path("quantity"));
            row.put("taken", taken(decision, approval));
            if (decision.hasNonNull("reasonCode")) {
                row.put("reason", decision.path("reasonCode").asText() + ": " + decision.path("reasonMessage").asText());
            } else if (approval != null && approval.hasNonNull("decisionReason")) {
                row.put("reason", approval.path("decisionReason").asText());
            }
            if (outcome != null) {
                row.put("status", outcome.path("status").asText());
                row.set("averageFillPrice", outcome.path("averageFillPrice"));
                row.set("exitPrice", outcome.path("exitPrice"));
                row.set("realizedPnl", outcome.path("realizedPnl"));
                row.set("returnPct", outcome.path("returnPct"));
                row.set("stopHit", outcome.path("stopHit"));
                row.set("targetHit", outcome.path("targetHit"));
            }
        }
        return rows;
    }

    /** TAKEN (approved, by rule or person), DENIED, EXPIRED, REJECTED or PENDING. */
    static String taken(JsonNode decision, JsonNode approval) {
        String outcome = decision.path("outcome").asText();
        if ("APPROVED".equals(outcome)) {
            return "TAKEN";
        }
        if ("DENIED".equals(outcome)) {
            return "DENIED";
        }
        if (approval == null) {
            return "PENDING";
        }
        String status = approval.path("status").asText();
        return "APPROVED".equals(status) ? "TAKEN" : status;
    }

    void print(PrintWriter out) {
        out.println();
        out.print(markdown());
        out.flush();
    }

    void write(Path directory) {
        PaperMonthRun.write(directory.resolve("paper-month.md"), markdown());
        try {
            PaperMonthRun.write(directory.resolve("paper-month.json"),
                    Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        PaperMonthRun.write(directory.resolve("performance.png"), chart);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Paper month: ").append(json.path("account").asText()).append(", ")
                .append(json.path("from").asText()).append(" to ").append(json.path("to").asText()).append(" (")
                .append(json.path("tradingDays").asInt()).append(" trading days)\n\n");
        JsonNode gate = json.path("goLive");
        md.append("## Go-live gate: ").append(gate.path("verdict").asText()).append(" (as of ")
                .append(gate.path("asOf").asText()).append(")\n\n| criterion | value | threshold | status | detail |\n")
                .append("|---|---|---|---|---|\n");
        for (JsonNode c : gate.path("criteria")) {
            md.append("| ").append(cell(c.path("name"))).append(" | ").append(cell(c.path("value"))).append(" | ")
                    .append(cell(c.path("threshold"))).append(" | ").append(cell(c.path("status"))).append(" | ")
                    .append(cell(c.path("detail"))).append(" |\n");
        }
        list(md, "Manual checks before going live", gate.path("manualChecks"));
        md.append("\n## Days\n\n| day | recs | orders | fills | exits | equity | day P&L | alerts |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (JsonNode d : json.path("days")) {
            md.append("| ").append(d.path("date").asText()).append(d.path("earlyClose").asBoolean() ? " (early close)"
                    : "").append(" | ").append(d.path("recommendations").asInt()).append(" | ")
                    .append(d.path("orders").asInt()).append(" | ").append(d.path("fills").asInt()).append(" | ")
                    .append(d.path("exits").asInt()).append(" | ")
                    .append(Text.money(Text.decimal(d.path("equity")))).append(" | ")
                    .append(Text.signedMoney(Text.decimal(d.path("dayPnl")))).append(" (")
                    .append(Text.signedPercent(Text.decimal(d.path("dayPnlPct")))).append(") | ")
                    .append(d.path("alerts").asInt()).append(" |\n");
        }
        JsonNode m = json.path("metrics");
        md.append("\n## Metrics\n\n| metric | value |\n|---|---|\n");
        md.append("| round trips (wins / losses) | ").append(m.path("trades").asInt()).append(" (")
                .append(m.path("wins").asInt()).append(" / ").append(m.path("losses").asInt()).append(") |\n");
        md.append("| realized P&L | ").append(Text.signedMoney(Text.decimal(m.path("realizedPnl"))))
                .append(" |\n");
        for (Row row : METRICS) {
            md.append("| ").append(row.label()).append(" | ").append(metric(m.path(row.field()), row.percent()))
                    .append(" |\n");
        }
        JsonNode dd = m.path("maxDrawdown");
        md.append("| max drawdown | ").append(metric(dd.path("depth"), true))
                .append(dd.hasNonNull("peak") ? " (peak " + dd.path("peak").asText() + ", trough "
                        + dd.path("trough").asText() + ")" : "").append(" |\n");
        JsonNode turnover = json.path("turnover");
        md.append("| turnover (traded value / average equity) | ").append(turnover.has("value")
                ? turnover.path("value").asText() + " (" + turnover.path("tradedValue").asText() + " traded)"
                : "undefined (" + turnover.path("undefinedReason").asText() + ")").append(" |\n");
        list(md, "Not measured by the services", json.path("missing"));
        md.append("\n## Red flags (").append(json.path("redFlags").size()).append(")\n\n");
        alertList(md, json.path("redFlags"), "none raised");
        md.append("\n## Weekly and monthly reviews\n\nSent by monitor-service's schedule (Sunday 18:00 New York;"
                + " the monthly one on the first Sunday):\n\n");
        alertList(md, json.path("weeklyReviewAlerts"), "no weekly review was due during the run");
        alertList(md, json.path("monthlyReviewAlerts"), "no monthly review was due during the run");
        md.append("\nEach week and month of the run (GET /reports/weekly, /reports/monthly):\n\n"
                + "| period | round trips | win rate | return | Sharpe | max drawdown |\n|---|---|---|---|---|---|\n");
        for (String kind : List.of("weeklyReviews", "monthlyReviews")) {
            for (JsonNode review : json.path(kind)) {
                JsonNode rm = review.path("metrics");
                md.append("| ").append(review.path("period").asText()).append(" | ").append(rm.path("trades").asInt())
                        .append(" | ").append(metric(rm.path("winRate"), true)).append(" | ")
                        .append(metric(rm.path("totalReturn"), true)).append(" | ")
                        .append(metric(rm.path("sharpe"), false)).append(" | ")
                        .append(metric(rm.path("maxDrawdown").path("depth"), true)).append(" |\n");
            }
        }
        md.append("\n## Recommendations\n\n| decided | strategy | order | taken | reason | outcome | P&L | return |"
                + " stop / target hit |\n|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode r : json.path("recommendations")) {
            md.append("| ").append(r.path("decidedAt").asText()).append(" | ").append(r.path("strategy").asText())
                    .append(" | ").append(r.path("side").asText().toLowerCase()).append(' ')
                    .append(cell(r.path("quantity"))).append(' ').append(r.path("symbol").asText()).append(" | ")
                    .append(r.path("taken").asText()).append(" | ").append(cell(r.path("reason"))).append(" | ")
                    .append(cell(r.path("status"))).append(" | ")
                    .append(Text.signedMoney(Text.decimal(r.path("realizedPnl")))).append(" | ")
                    .append(Text.signedPercent(Text.decimal(r.path("returnPct")))).append(" | ")
                    .append(cell(r.path("stopHit"))).append(" / ").append(cell(r.path("targetHit"))).append(" |\n");
        }
        md.append("\n## Ledger at the broker simulator\n\n").append(json.path("ledger").path("orders").size())
                .append(" orders, ").append(json.path("ledger").path("fills").size())
                .append(" fills (paper-month.json: ledger)\n");
        list(md, "Notes", json.path("notes"));
        md.append("\n## Chart\n\n![daily equity vs SPY and drawdown](performance.png)\n");
        return md.toString();
    }

    private static void list(StringBuilder md, String title, JsonNode items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("\n").append(title).append(":\n\n");
        items.forEach(item -> md.append("- ").append(item.asText()).append('\n'));
    }

    private static void alertList(StringBuilder md, JsonNode alerts, String none) {
        if (alerts.isEmpty()) {
            md.append("- ").append(none).append('\n');
        }
        alerts.forEach(a -> md.append("- ").append(a.path("occurredAt").asText()).append(": ")
                .append(a.path("subject").asText()).append('\n'));
    }

    /** A metric's value, or "undefined (reason)". */
    static String metric(JsonNode metric, boolean percent) {
        BigDecimal value = Text.decimal(metric.path("value"));
        if (value == null) {
            return metric.hasNonNull("undefinedReason") ? "undefined (" + metric.path("undefinedReason").asText() + ")"
                    : "-";
        }
        return percent ? Text.signedPercent(value) : value.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String cell(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "-";
        }
        return (node.isNumber() ? node.decimalValue().toPlainString() : node.asText()).replace("|", "\\|")
                .replace("\n", " ");
    }
}

package dev.tradeguard.cli.papermonth;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.command.Text;

/**
 * Drives a running stack through a run of trading days on the broker simulator's clock, through REST only: per
 * session the opening snapshot, the day's import, risk's decisions (and the approvals, as the approver, when asked),
 * the session in steps with the clock frozen in between (fills and bracket exits at the simulator are the same on
 * every run), the closing snapshot, and the clock past 16:15 so monitor-service's daily summary runs; then the
 * report of the whole run ({@link MonthReport}).
 */
public final class PaperMonthRun {
    /** Who answers risk-service's approval requests: the tool as approver, nobody (they expire), or a person. */
    public enum Approve { all, none, manual }

    public record Options(String account, Integer days, LocalDate start, Path trades, long seed, Approve approve,
            Path out, Duration step) {
    }

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Duration ADVANCE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Set<String> IN_FLIGHT = Set.of("SUBMITTING");
    private static final Set<String> WORKING = Set.of("SUBMITTING", "SUBMITTED", "PARTIALLY_FILLED");

    private final Api api;
    private final PrintWriter out;
    private final Options options;
    private final List<DayProgress> progress = new ArrayList<>();
    private final ArrayNode fills = Api.JSON.createArrayNode();
    private final Set<String> legIds = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final String account;

    public PaperMonthRun(Api api, PrintWriter out, Options options) {
        this.api = api;
        this.out = out;
        this.options = options;
        this.account = options.account();
    }

    /** Runs every day and writes the report; the report's JSON is returned. */
    public ObjectNode run() {
        JsonNode clock = clock();
        Instant now = Instant.parse(clock.path("now").asText());
        LocalDate start = options.start() != null ? options.start() : TradingDay.marketDate(now);
        NavigableMap<LocalDate, Path> files = options.trades() == null ? new TreeMap<>()
                : DayPlan.tradeFiles(options.trades());
        if (options.trades() != null && options.start() == null && !files.isEmpty()) {
            start = files.firstKey();
        }
        LocalDate end = DayPlan.calendarEnd(start, options.days() == null ? DayPlan.DEFAULT_DAYS : options.days());
        if (!files.isEmpty() && files.lastKey().isAfter(end)) {
            end = files.lastKey();
        }
        JsonNode calendar = api.get(Service.SIMULATOR, "/v2/calendar?start=" + start + "&end=" + end);
        int days = options.days() != null ? options.days() : DayPlan.defaultDays(calendar, start, files);
        // A start in the simulator's past (or far ahead of it) is a reset to that day's open: a fresh stack only.
        List<TradingDay> plan = DayPlan.plan(calendar, start, days, Instant.MIN);
        TradingDay first = plan.get(0);
        if (now.isAfter(first.open()) || Duration.between(now, first.open()).toDays() > 4) {
            out.printf("the simulator's clock is at %s: resetting it to %s's open (%s)%n", now, first.date(),
                    first.open());
            api.post(Service.SIMULATOR, "/admin/reset", Api.JSON.createObjectNode().put("start",
                    first.open().toString()).put("speed", 0));
        } else if (clock.path("speed").asDouble() != 0) {
            api.put(Service.SIMULATOR, "/admin/clock", Api.JSON.createObjectNode().put("speed", 0));
        }
        out.printf("paper-month: %d trading day(s) of %s from %s to %s (%s), seed %d, approvals: %s%n", plan.size(),
                account, first.date(), plan.get(plan.size() - 1).date(), options.trades() == null
                        ? "sample trades generated per day" : files.size() + " trade file(s) in " + options.trades(),
                options.seed(), options.approve());
        out.flush();
        for (int i = 0; i < plan.size(); i++) {
            TradingDay day = plan.get(i);
            if (i > 0) {
                plan.get(i - 1).reviewSundaysUntil(day).forEach(this::reviews);
            }
            DayProgress result = session(day, files.get(day.date()));
            progress.add(result);
            out.println(result.line(i + 1, plan.size()));
            out.flush();
        }
        MonthReport report = MonthReport.collect(api, account, plan, progress, fills, legIds, notes);
        report.print(out);
        if (options.out() != null) {
            report.write(options.out());
            out.printf("%nwrote %s (paper-month.md, paper-month.json, performance.png)%n", options.out());
        }
        return report.json();
    }

    private DayProgress session(TradingDay day, Path file) {
        advanceTo(day.open());
        awaitClockFollowed(day.open());
        openingSnapshot(day);
        int ordersBefore = executionOrders().size();
        List<String> created = importTrades(day, file);
        List<JsonNode> decisions = awaitDecisions(created);
        int approved = (int) decisions.stream().filter(d -> "APPROVED".equals(d.path("outcome").asText())).count();
        approved += approvals(day, decisions);
        awaitOrders(ordersBefore + approved);
        Instant at = day.open();
        while (at.isBefore(day.close())) {
            Instant next = at.plus(options.step());
            at = next.isAfter(day.close()) ? day.close() : next;
            advanceTo(at);
            awaitNothingInFlight();
        }
        snapshot();
        BigDecimal brokerEquity = Text.decimal(api.get(Service.SIMULATOR, "/v2/account").path("equity"));
        JsonNode daily = awaitDaily(day, brokerEquity);
        advanceTo(day.afterReports());
        awaitClockFollowed(day.afterReports(), List.of(Service.MONITOR));
        awaitDailySummary(day);
        return progress(day, created.size(), daily, brokerEquity);
    }

    /**
     * The weekend's stop: the clock to Sunday 18:01 New York, where monitor-service's schedule sends the weekly review
     * (and on a month's first Sunday the monthly one), stamped on its day as in production rather than made up by the
     * schedule's catch-up on Monday morning; the run waits for it so the week's report is known before trading on.
     */
    private void reviews(LocalDate sunday) {
        Instant after = TradingDay.afterReviews(sunday);
        advanceTo(after);
        awaitClockFollowed(after, List.of(Service.MONITOR));
        String subject = "Weekly review " + account + " week " + sunday.minusDays(6) + " to " + sunday;
        boolean sent = awaitQuietly(SETTLE, () -> {
            for (JsonNode alert : alerts()) {
                if (subject.equals(alert.path("subject").asText())) {
                    return true;
                }
            }
            return false;
        });
        out.printf("       %s Sun   %s%n", sunday, sent ? "weekly review sent" + (sunday.getDayOfMonth() <= 7
                ? ", and the monthly one" : "") : "no weekly review reached alert-service within "
                + SETTLE.toSeconds() + " s");
        out.flush();
        if (!sent) {
            notes.add(sunday + ": no WEEKLY_REPORT alert within " + SETTLE.toSeconds() + " s of 18:01 New York");
        }
    }

    private JsonNode clock() {
        return api.get(Service.SIMULATOR, "/admin/clock");
    }

    /** Moves the simulator's clock to {@code to} (running every bar in between), if it is not there yet. */
    private void advanceTo(Instant to) {
        Instant now = Instant.parse(clock().path("now").asText());
        if (now.isBefore(to)) {
            api.post(Service.SIMULATOR, "/admin/clock/advance", Api.JSON.createObjectNode().put("to", to.toString()),
                    ADVANCE_TIMEOUT);
        }
    }

    /**
     * Every service follows the simulator's clock at its next read (200 ms); execution-service's snapshot stamps,
     * risk's market day and recommendation-service's import day must be the new ones, so the run waits until each
     * service's readiness check {@code clock} reports a now at or after {@code to}.
     */
    private void awaitClockFollowed(Instant to) {
        awaitClockFollowed(to, Service.tradeGuard());
    }

    private void awaitClockFollowed(Instant to, List<Service> services) {
        for (Service service : services) {
            await(service.serviceName() + "'s clock to reach " + to, SETTLE, () -> {
                Instant followed = followedNow(service);
                return followed != null && !followed.isBefore(to);
            });
        }
    }

    /** The now a service's readiness check {@code clock} reports; fails when the service does not follow one. */
    private Instant followedNow(Service service) {
        Api.Reply reply = api.management(service, "/q/health/ready", "application/json");
        for (JsonNode check : json(reply).path("checks")) {
            if ("clock".equals(check.path("name").asText())) {
                JsonNode now = check.path("data").path("now");
                if (!now.isTextual()) {
                    throw new CliFailure(ExitCode.NOT_OK, service.serviceName() + " does not follow the simulator's"
                            + " clock (its clock is the " + check.path("data").path("source").asText("?") + "): start"
                            + " every service with -Dtradeguard.clock.follow=" + api.url(Service.SIMULATOR,
                                    "/admin/clock") + " (deploy/local: TRADEGUARD_CLOCK_FOLLOW=1)");
                }
                return Instant.parse(now.asText());
            }
        }
        return null;
    }

    private JsonNode snapshot() {
        return api.post(Service.EXECUTION, "/positions/snapshot", null);
    }

    /**
     * The session's first snapshot. After the night's jump every held symbol's last price is hours old, so
     * execution-service calls prices stale until the simulator's quotes reach it (a second or so); risk would deny
     * every new position meanwhile (PRICES_STALE). So the run waits for execution's freshness gauge, snapshots again
     * (the freshness and the snapshot go out in that order on the positions topic) and waits for risk to have it.
     */
    private void openingSnapshot(TradingDay day) {
        snapshot();
        if (!awaitQuietly(SETTLE, this::pricesFresh)) {
            notes.add(day.date() + ": execution-service's prices were still stale " + SETTLE.toSeconds()
                    + " s after the open");
        }
        Instant stamped = Instant.parse(snapshot().path("occurredAt").asText(day.open().toString()));
        awaitRisk(stamped.isBefore(day.open()) ? day.open() : stamped);
    }

    /** execution-service's gauge tradeguard_execution_market_data_fresh (1 while every held symbol's price is fresh). */
    private boolean pricesFresh() {
        Api.Reply metrics = api.management(Service.EXECUTION, "/q/metrics", "text/plain");
        for (String line : metrics.text().split("\n")) {
            if (line.startsWith("tradeguard_execution_market_data_fresh ")) {
                return line.trim().endsWith(" 1.0") || line.trim().endsWith(" 1");
            }
        }
        return true; // no gauge (marks disabled): nothing to wait for
    }

    /** risk-service must have seen a snapshot of the session before judging its recommendations. */
    private void awaitRisk(Instant open) {
        await("risk-service to see the account snapshot of " + open, SETTLE, () -> {
            Api.Reply reply = api.probe(Service.RISK, "/accounts/" + Api.encode(account));
            if (!reply.ok()) {
                return false;
            }
            JsonNode at = json(reply).path("snapshotAt");
            return at.isTextual() && !Instant.parse(at.asText()).isBefore(open);
        });
    }

    private List<String> importTrades(TradingDay day, Path file) {
        String text;
        String name = "TODAYS_TRADES_" + day.date() + ".md";
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliFailure(ExitCode.USAGE, file + " cannot be read: " + e.getMessage());
            }
        } else if (options.trades() != null) {
            return List.of(); // a day without a file trades no new entries
        } else {
            Map<String, BigDecimal> prices = new LinkedHashMap<>();
            for (String symbol : SampleTrades.symbols(day.date(), options.seed())) {
                Api.Reply reply = api.probe(Service.SIMULATOR, "/v2/stocks/" + symbol + "/trades/latest");
                if (reply.ok()) {
                    prices.put(symbol, Text.decimal(json(reply).path("trade").path("p")));
                }
            }
            text = SampleTrades.markdown(day.date(), options.seed(), prices);
            if (options.out() != null) {
                write(options.out().resolve("trades").resolve(name), text);
            }
        }
        JsonNode report = api.postText(Service.RECOMMENDATION, "/imports?fileName=" + Api.encode(name),
                "text/markdown", text);
        List<String> created = new ArrayList<>();
        for (JsonNode line : report.path("lines")) {
            if ("CREATED".equals(line.path("outcome").asText()) && line.hasNonNull("recommendationId")
                    && account.equals(line.path("accountId").asText(account))) {
                created.add(line.path("recommendationId").asText());
            }
        }
        report.path("warnings").forEach(w -> notes.add(day.date() + " import: " + w.asText()));
        return created;
    }

    private List<JsonNode> awaitDecisions(List<String> recommendations) {
        Map<String, JsonNode> decisions = new LinkedHashMap<>();
        await("risk-service's decisions on " + recommendations.size() + " recommendation(s)", SETTLE, () -> {
            for (String id : recommendations) {
                if (!decisions.containsKey(id)) {
                    Api.Reply reply = api.probe(Service.RISK, "/decisions/" + id);
                    if (reply.ok()) {
                        decisions.put(id, json(reply));
                    }
                }
            }
            return decisions.size() == recommendations.size();
        });
        return new ArrayList<>(decisions.values());
    }

    /** Answers the day's approval requests as asked; returns how many were approved (and so become orders). */
    private int approvals(TradingDay day, List<JsonNode> decisions) {
        Set<String> waiting = new HashSet<>();
        decisions.stream().filter(d -> "PENDING_APPROVAL".equals(d.path("outcome").asText()))
                .forEach(d -> waiting.add(d.path("recommendationId").asText()));
        if (waiting.isEmpty() || options.approve() == Approve.none) {
            return 0;
        }
        Map<String, String> requests = new LinkedHashMap<>();
        await("risk-service's approval requests for " + waiting.size() + " recommendation(s)", SETTLE, () -> {
            for (JsonNode approval : api.get(Service.RISK, "/approvals?status=PENDING&limit=1000")) {
                if (waiting.contains(approval.path("recommendationId").asText())) {
                    requests.put(approval.path("recommendationId").asText(), approval.path("id").asText());
                }
            }
            return requests.size() == waiting.size();
        });
        if (options.approve() == Approve.all) {
            for (String id : requests.values()) {
                api.post(Service.RISK, "/approvals/" + Api.encode(id) + "/approve", Api.JSON.createObjectNode()
                        .put("comment", "paper-month --approve all"));
            }
            return requests.size();
        }
        out.printf("  %s: %d approval(s) wait for a person (role approver: the console's Approvals page, or"
                + " tradeguard approvals); the clock stands still until they are answered%n", day.date(),
                requests.size());
        out.flush();
        int approved = 0;
        for (String id : requests.values()) {
            JsonNode answered;
            while (true) {
                answered = api.get(Service.RISK, "/approvals/" + Api.encode(id));
                if (!"PENDING".equals(answered.path("status").asText())) {
                    break;
                }
                sleep(Duration.ofSeconds(2));
            }
            approved += "APPROVED".equals(answered.path("status").asText()) ? 1 : 0;
        }
        return approved;
    }

    private JsonNode executionOrders() {
        return api.get(Service.EXECUTION, "/orders?limit=1000");
    }

    /**
     * The approved orders reach the broker and, marketable at the open, fill there before the clock moves: a limit
     * that does not cross stays working and is reported as such, not waited for.
     */
    private void awaitOrders(int expected) {
        boolean arrived = awaitQuietly(SETTLE, () -> {
            JsonNode orders = executionOrders();
            return orders.size() >= expected && none(orders, IN_FLIGHT);
        });
        if (!arrived) {
            notes.add("execution-service had fewer than " + expected + " orders at the broker after "
                    + SETTLE.toSeconds() + " s");
        }
        awaitQuietly(Duration.ofSeconds(5), () -> none(executionOrders(), WORKING));
    }

    private void awaitNothingInFlight() {
        awaitQuietly(SETTLE, () -> none(executionOrders(), IN_FLIGHT));
    }

    private static boolean none(JsonNode orders, Set<String> states) {
        for (JsonNode order : orders) {
            if (states.contains(order.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    /** monitor-service has the day's close once its daily report ends at the broker's equity. */
    private JsonNode awaitDaily(TradingDay day, BigDecimal brokerEquity) {
        String query = "/reports/daily?account=" + Api.encode(account) + "&date=" + day.date();
        JsonNode[] daily = {null};
        boolean closed = awaitQuietly(SETTLE, () -> {
            daily[0] = api.get(Service.MONITOR, query);
            BigDecimal ending = Text.decimal(daily[0].path("endingValue"));
            return ending != null && brokerEquity != null && ending.subtract(brokerEquity).abs()
                    .compareTo(new BigDecimal("0.005")) < 0;
        });
        if (!closed) {
            notes.add(day.date() + ": monitor-service's daily report did not reach the broker's equity " + brokerEquity
                    + " within " + SETTLE.toSeconds() + " s");
        }
        return daily[0];
    }

    private void awaitDailySummary(TradingDay day) {
        String subject = "Daily summary " + account + " " + day.date();
        boolean sent = awaitQuietly(SETTLE, () -> {
            for (JsonNode alert : alerts()) {
                if (subject.equals(alert.path("subject").asText())) {
                    return true;
                }
            }
            return false;
        });
        if (!sent) {
            notes.add(day.date() + ": no DAILY_SUMMARY alert reached alert-service within " + SETTLE.toSeconds()
                    + " s of 16:16 New York");
        }
    }

    private JsonNode alerts() {
        return api.get(Service.ALERT, "/accounts/" + Api.encode(account) + "/alerts");
    }

    private DayProgress progress(TradingDay day, int imported, JsonNode daily, BigDecimal brokerEquity) {
        JsonNode orders = api.get(Service.SIMULATOR, "/v2/orders?status=all&nested=true&direction=asc&limit=500"
                + "&after=" + day.open().minus(Duration.ofHours(12)) + "&until=" + day.afterReports());
        int entries = 0;
        for (JsonNode order : orders) {
            entries++;
            order.path("legs").forEach(leg -> legIds.add(leg.path("id").asText()));
        }
        JsonNode dayFills = api.get(Service.SIMULATOR, "/v2/account/activities/FILL?date=" + day.date()
                + "&direction=asc&page_size=100");
        int exits = 0;
        for (JsonNode fill : dayFills) {
            fills.add(fill);
            exits += legIds.contains(fill.path("order_id").asText()) ? 1 : 0;
        }
        int alertCount = 0;
        for (JsonNode alert : alerts()) {
            JsonNode at = alert.path("occurredAt");
            if (at.isTextual() && TradingDay.marketDate(Instant.parse(at.asText())).equals(day.date())) {
                alertCount++;
            }
        }
        BigDecimal equity = daily == null ? null : Text.decimal(daily.path("endingValue"));
        return new DayProgress(day, imported, entries, dayFills.size(), exits, equity != null ? equity : brokerEquity,
                daily == null ? null : Text.decimal(daily.path("dailyPnl")),
                daily == null ? null : Text.decimal(daily.path("dailyPnlPct")), alertCount);
    }

    private static void await(String what, Duration atMost, BooleanSupplier condition) {
        if (!awaitQuietly(atMost, condition)) {
            throw new CliFailure(ExitCode.NOT_OK, "gave up waiting for " + what + " after " + atMost.toSeconds()
                    + " s; the services' logs say why (deploy/local: .local/logs)");
        }
    }

    /** Polls until the condition holds or the time is up (elapsed time, not the simulated clock). */
    private static boolean awaitQuietly(Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(POLL);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.NOT_OK, "interrupted");
        }
    }

    static JsonNode json(Api.Reply reply) {
        try {
            return Api.JSON.readTree(reply.body());
        } catch (IOException e) {
            return Api.JSON.missingNode();
        }
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIG, file + " cannot be written: " + e.getMessage());
        }
    }
}

package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradeguard.cli.TradeGuardCli;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.pipeline.LocalPipeline;
import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * Scenario 0: {@code tradeguard paper-month} (run in this JVM) replays five NYSE sessions from Wednesday 2025-11-26 —
 * Thanksgiving closed, Friday's early close at 13:00, a weekend with its Sunday review — on a pipeline of its own
 * whose every service follows the simulator's clock; and a second fresh pipeline with the same seed gives the same
 * ledger at the simulator. It runs before every other scenario, so the shared pipeline (same Kafka, same consumer
 * groups) is not up meanwhile; its accounts are its own, so the messages it leaves behind belong to nobody else.
 */
@Order(0)
class PaperMonthIT {
    private static final String START = "2025-11-26";
    private static final String OPEN = "2025-11-26T14:30:00Z";
    private static final long SEED = 42;
    private static final String SIMULATOR_SYMBOLS = "SPY:500.00,QQQ:430.00,IWM:200.00,AAPL:190.00,MSFT:410.00,"
            + "NVDA:900.00,AMZN:180.00,GOOGL:150.00,META:480.00,TSLA:200.00";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err, JsonNode report) {
        String all() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @Test
    void fiveSessionsAcrossTheHolidayAndTheWeekendThenTheSameSeedGivesTheSameLedger() throws IOException {
        Run first = paperMonth("PA-MONTH-1");

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out().lines().filter(line -> line.startsWith("day "))).as(first.all()).hasSize(5);
        JsonNode report = first.report();
        assertThat(report.path("tradingDays").asInt()).isEqualTo(5);
        List<String> days = new ArrayList<>();
        report.path("days").forEach(day -> days.add(day.path("date").asText()
                + (day.path("earlyClose").asBoolean() ? " early" : "")));
        assertThat(days).containsExactly("2025-11-26", "2025-11-28 early", "2025-12-01", "2025-12-02", "2025-12-03");
        assertThat(report.path("days").get(0).path("fills").asInt()).as("the first day's sample trades fill")
                .isPositive();

        assertThat(report.path("alertsByType").path("DAILY_SUMMARY").asInt()).as("one summary per session")
                .isEqualTo(5);
        assertThat(subjects(report.path("weeklyReviewAlerts"))).as("the one Sunday's weekly review")
                .containsExactly("Weekly review PA-MONTH-1 week 2025-11-24 to 2025-11-30");
        assertThat(report.path("monthlyReviewAlerts")).as("2025-11-30 is not a month's first Sunday").isEmpty();
        assertThat(report.path("weeklyReviews")).extracting(review -> review.path("period").asText())
                .containsExactly("week 2025-11-24 to 2025-11-30", "week 2025-12-01 to 2025-12-07");

        JsonNode gate = report.path("goLive");
        assertThat(gate.path("verdict").asText()).isEqualTo("NO_GO");
        assertThat(criterion(gate, "30+ days of paper trading")).as(gate.toString())
                .isEqualTo("FAIL 8 calendar days from 2025-11-26 to 2025-12-03");
        assertThat(criterion(gate, "kill switch exercised recently")).startsWith("FAIL");
        assertThat(report.path("recommendations")).as("every imported recommendation has its decision").hasSize(
                report.path("days").findValues("recommendations").stream().mapToInt(JsonNode::asInt).sum());

        Run second = paperMonth("PA-MONTH-2");

        assertThat(second.exitCode()).as(second.all()).isZero();
        List<String> ledger = ledger(report);
        assertThat(ledger).as("orders and fills at the simulator").isNotEmpty();
        assertThat(ledger(second.report())).as("the same seed, the same ledger").isEqualTo(ledger);
    }

    /** One replay on a fresh pipeline of its own, the account's name its only difference. */
    private Run paperMonth(String account) throws IOException {
        Path workDir = Path.of("target", "e2e-paper-month-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")) + "-" + account).toAbsolutePath();
        try (LocalPipeline pipeline = LocalPipeline.start(workDir, properties(account),
                new LocalPipeline.Options(account, true, OPEN, SEED))) {
            Map<String, String> env = new HashMap<>();
            env.put("HOME", home.toString());
            env.put("TRADEGUARD_CONFIG", home.resolve("none.properties").toString());
            env.put("TRADEGUARD_TOKEN", TestJwt.token("paper-month", "viewer", "approver", "admin", "service"));
            for (ServiceProcess service : pipeline.services()) {
                String key = service.name().replace("-service", "").toUpperCase(java.util.Locale.ROOT);
                env.put("TRADEGUARD_" + key + "_URL", service.baseUrl());
                env.put("TRADEGUARD_" + key + "_MANAGEMENT_URL", service.managementUrl());
            }
            env.put("TRADEGUARD_SIMULATOR_URL", pipeline.simulator().baseUrl());
            env.put("TRADEGUARD_SIMULATOR_KEY_ID", LocalPipeline.SIMULATOR_KEY_ID);
            env.put("TRADEGUARD_SIMULATOR_SECRET_KEY", LocalPipeline.SIMULATOR_SECRET_KEY);
            Path out = workDir.resolve("paper-month");
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = TradeGuardCli.run(env, new PrintWriter(stdout), new PrintWriter(stderr), "paper-month",
                    "--account", account, "--days", "5", "--start", START, "--seed", String.valueOf(SEED),
                    "--approve", "all", "--out", out.toString());
            Files.writeString(workDir.resolve("logs/tradeguard-paper-month.log"), stdout + "\n" + stderr);
            Path json = out.resolve("paper-month.json");
            JsonNode report = Files.isRegularFile(json) ? JSON.readTree(json.toFile()) : JSON.missingNode();
            if (code == 0) {
                assertThat(out.resolve("paper-month.md")).isRegularFile();
                assertThat(Files.readAllBytes(out.resolve("performance.png"))).as("a PNG").startsWith(0x89, 'P', 'N',
                        'G');
            }
            return new Run(code, stdout.toString(), stderr.toString(), report);
        }
    }

    /** The guide's two bots on the pipeline's account, half its equity each, risk approving on its own. */
    private static Map<String, List<String>> properties(String account) {
        List<String> recommendation = new ArrayList<>();
        List<String> risk = new ArrayList<>(List.of(
                "-Dtradeguard.risk.defaults.require-manual-approval=false",
                "-Dtradeguard.risk.defaults.automation-level=FULL_AUTO",
                // the pipeline's own strategy trades elsewhere: the account's equity is the two bots'
                "-Dtradeguard.risk.strategies.\"" + LocalPipeline.STRATEGY + "\".account=" + account + "-UNUSED"));
        for (String bot : List.of("DEE-BOT", "SHORGAN-BOT")) {
            recommendation.add("-Dtradeguard.recommendation.accounts.\"" + bot + "\".paper=" + account);
            risk.add("-Dtradeguard.risk.strategies.\"" + bot + "\".account=" + account);
            risk.add("-Dtradeguard.risk.strategies.\"" + bot + "\".capital-allocation-pct=0.5");
        }
        return Map.of("broker-simulator", List.of("-Dbroker-simulator.market.symbols=" + SIMULATOR_SYMBOLS),
                "recommendation-service", recommendation, "risk-service", risk);
    }

    private static List<String> subjects(JsonNode alerts) {
        List<String> subjects = new ArrayList<>();
        alerts.forEach(alert -> subjects.add(alert.path("subject").asText()));
        return subjects;
    }

    private static String criterion(JsonNode gate, String name) {
        for (JsonNode criterion : gate.path("criteria")) {
            if (name.equals(criterion.path("name").asText())) {
                return criterion.path("status").asText() + " " + criterion.path("detail").asText();
            }
        }
        return "missing";
    }

    /** The simulator's orders and fills, without their ids (random per run): what was traded, at what, when. */
    private static List<String> ledger(JsonNode report) {
        List<String> ledger = new ArrayList<>();
        for (JsonNode order : report.path("ledger").path("orders")) {
            ledger.add(orderLine(order));
            order.path("legs").forEach(leg -> ledger.add("  leg " + orderLine(leg)));
        }
        for (JsonNode fill : report.path("ledger").path("fills")) {
            ledger.add("fill " + fill.path("transaction_time").asText() + " " + fill.path("side").asText() + " "
                    + fill.path("qty").asText() + " " + fill.path("symbol").asText() + " @ "
                    + fill.path("price").asText());
        }
        return ledger;
    }

    private static String orderLine(JsonNode order) {
        return order.path("submitted_at").asText() + " " + order.path("side").asText() + " " + order.path("qty")
                .asText() + " " + order.path("symbol").asText() + " " + order.path("type").asText() + " limit "
                + order.path("limit_price").asText() + " stop " + order.path("stop_price").asText() + " "
                + order.path("status").asText() + " filled " + order.path("filled_qty").asText() + " @ "
                + order.path("filled_avg_price").asText() + " at " + order.path("filled_at").asText();
    }
}

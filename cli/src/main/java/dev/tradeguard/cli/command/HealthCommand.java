package dev.tradeguard.cli.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The guide's health_check.py --verbose. */
@Command(name = "health", description = {"Each service's liveness and readiness, Kafka consumer lag per service"
        + " (= per consumer group, from its /q/metrics), execution-service's broker connection and the paper/live"
        + " verification (GET /config/verify: needs admin).",
    "Exit 0 only when every service answered, is live and ready, and the verification passed."})
public final class HealthCommand extends CliCommand {
    private static final List<String> BROKER_CHECKS = List.of("trade-updates-stream", "market-data-stream",
            "broker-configuration");

    @Option(names = {"-v", "--verbose"}, description = "Every check with its data, lag per consumer")
    boolean verbose;

    @Option(names = "--json", description = "Everything as JSON")
    boolean json;

    @Override
    public Integer call() {
        int code = ExitCode.OK;
        List<String> notReady = new ArrayList<>();
        ArrayNode services = Api.JSON.createArrayNode();
        for (Service service : Service.tradeGuard()) {
            HealthProbe.ServiceHealth health = HealthProbe.probe(api(), settings(), service, true);
            ObjectNode node = health.toJson();
            Map<String, BigDecimal> lag = health.error() != null ? Map.of() : lag(service, node);
            services.add(node);
            if (!health.allUp()) {
                notReady.add(service.serviceName() + (health.notExposed() ? " (not checked: health not routed)"
                        : health.unreachable() ? " (did not answer)"
                        : " (live " + health.live() + ", ready " + health.ready() + ")"));
                code = ExitCode.worst(code, health.notExposed() ? ExitCode.CONFIG
                        : health.unreachable() ? ExitCode.UNREACHABLE : ExitCode.NOT_OK);
            }
            if (!json) {
                print(health, lag, node);
            }
        }
        ObjectNode verification = verification();
        if (!verification.path("passed").asBoolean(false)) {
            notReady.add("paper/live verification (" + verification.path("summary").asText() + ")");
            code = ExitCode.worst(code, verification.path("exitCode").asInt(ExitCode.NOT_OK));
        }
        if (json) {
            ObjectNode all = Api.JSON.createObjectNode();
            all.set("services", services);
            all.set("verification", verification);
            all.put("ready", notReady.isEmpty());
            printJson(all);
        } else {
            out().println("paper/live verification: " + verification.path("summary").asText());
            out().println(notReady.isEmpty() ? "ALL READY" : "NOT READY: " + String.join("; ", notReady));
        }
        return code;
    }

    private Map<String, BigDecimal> lag(Service service, ObjectNode node) {
        try {
            Api.Reply metrics = api().management(service, "/q/metrics", "text/plain");
            if (!metrics.ok()) {
                node.put("kafkaLag", "not exposed: /q/metrics answered " + metrics.status());
                return Map.of();
            }
            Map<String, BigDecimal> byClient = KafkaLag.parse(metrics.text());
            ObjectNode lag = node.putObject("kafkaLag");
            byClient.forEach(lag::put);
            return byClient;
        } catch (ServiceCallException e) {
            node.put("kafkaLag", "unknown: " + e.getMessage());
            return Map.of();
        }
    }

    private void print(HealthProbe.ServiceHealth health, Map<String, BigDecimal> lag, ObjectNode node) {
        if (health.error() != null) {
            out().printf("%-22s %s  %s%n", health.service().serviceName(), health.notExposed() ? "?   " : "DOWN",
                    health.error());
            return;
        }
        BigDecimal maxLag = KafkaLag.max(lag);
        out().printf("%-22s live %-4s ready %-4s kafka lag %s  %s%n", health.service().serviceName(), health.live(),
                health.ready(), maxLag == null ? (node.path("kafkaLag").isTextual() ? node.path("kafkaLag").asText()
                        : "- (no consumer)") : maxLag.stripTrailingZeros().toPlainString()
                        + " (max over " + lag.size() + " consumer(s))", health.url());
        if (health.service() == Service.EXECUTION) {
            for (JsonNode check : health.readyChecks()) {
                if (BROKER_CHECKS.contains(check.path("name").asText())) {
                    out().printf("    broker: %s %s%s%n", check.path("name").asText(), check.path("status").asText(),
                            check.path("data").isObject() ? " " + check.path("data") : "");
                }
            }
        }
        if (verbose) {
            printChecks("live", health.liveChecks());
            printChecks("ready", health.readyChecks());
            lag.forEach((client, value) -> out().printf("    kafka consumer %s lag %s%n", client,
                    value.stripTrailingZeros().toPlainString()));
        }
    }

    private void printChecks(String kind, JsonNode checks) {
        for (JsonNode check : checks) {
            out().printf("    %s: %s %s%s%n", kind, check.path("name").asText(), check.path("status").asText(),
                    check.path("data").isObject() ? " " + check.path("data") : "");
        }
    }

    /** execution-service's start-up verification, run again now. */
    private ObjectNode verification() {
        ObjectNode node = Api.JSON.createObjectNode();
        try {
            JsonNode verified = api().get(Service.EXECUTION, "/config/verify?refresh=true");
            boolean passed = verified.path("passed").asBoolean(false);
            node.put("passed", passed);
            node.set("result", verified);
            node.put("summary", (passed ? "PASSED" : "FAILED") + " — mode " + Text.value(verified.path("mode"))
                    + ", endpoint " + Text.value(verified.path("endpoint")) + ", account "
                    + Text.value(verified.path("maskedAccountNumber")) + (passed ? ""
                            : ": " + VerifyCommand.failures(verified)));
            node.put("exitCode", passed ? ExitCode.OK : ExitCode.NOT_OK);
        } catch (ServiceCallException e) {
            node.put("passed", false);
            node.put("summary", "NOT CHECKED: " + e.getMessage());
            node.put("exitCode", e.exitCode());
        }
        return node;
    }
}

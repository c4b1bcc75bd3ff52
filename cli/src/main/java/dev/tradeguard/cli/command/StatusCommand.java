package dev.tradeguard.cli.command;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One screen: what the operator must know before anything else. */
@Command(name = "status", description = {"Trading state, equity, day P&L, positions, open orders, pending approvals"
        + " and the readiness of every service, in one screen.",
    "Open orders need an admin token (the order ledger is audited); with less they are shown as not readable."})
public final class StatusCommand extends CliCommand {
    private static final Set<String> OPEN_ORDER_STATES = Set.of("SUBMITTING", "SUBMITTED", "PARTIALLY_FILLED");

    @Option(names = "--account", description = "One account (default: the configured one, else every account)")
    String account;

    @Option(names = "--json", description = "Everything as one JSON document, for scripts")
    boolean json;

    private final ArrayNode problems = Api.JSON.createArrayNode();
    private int code = ExitCode.OK;

    @Override
    public Integer call() {
        ObjectNode status = Api.JSON.createObjectNode();
        ArrayNode accounts = status.putArray("accounts");
        JsonNode pending = read(Service.RISK, "pending approvals", () -> api().get(Service.RISK,
                "/approvals?status=PENDING&limit=1000"));
        JsonNode orders = read(Service.EXECUTION, "open orders", () -> api().get(Service.EXECUTION,
                "/orders?limit=1000"));
        for (String id : accountIds()) {
            accounts.add(account(id, pending, orders));
        }
        ArrayNode services = status.putArray("services");
        for (Service service : Service.tradeGuard()) {
            HealthProbe.ServiceHealth health = HealthProbe.probe(api(), settings(), service, false);
            services.add(Api.JSON.createObjectNode().put("service", service.serviceName())
                    .put("ready", health.ready()).put("error", health.error())
                    .put("notExposed", health.notExposed()));
            if (health.unreachable()) {
                code = ExitCode.worst(code, ExitCode.UNREACHABLE);
            }
        }
        status.set("problems", problems);
        if (json) {
            printJson(status);
        } else {
            render(status);
        }
        return code;
    }

    private List<String> accountIds() {
        List<String> ids = new ArrayList<>();
        String chosen = account != null ? account : settings().defaultAccount().orElse(null);
        if (chosen != null) {
            ids.add(chosen.strip());
            return ids;
        }
        JsonNode states = read(Service.RISK, "accounts", () -> api().get(Service.RISK, "/trading-state"));
        states.forEach(state -> ids.add(state.path("accountId").asText()));
        return ids;
    }

    private ObjectNode account(String id, JsonNode pending, JsonNode orders) {
        ObjectNode node = Api.JSON.createObjectNode().put("accountId", id);
        String encoded = Api.encode(id);
        node.set("tradingState", read(Service.RISK, id + " trading state", () -> api().get(Service.RISK,
                "/trading-state/" + encoded)));
        JsonNode value = read(Service.RISK, id + " equity", () -> api().get(Service.RISK, "/accounts/" + encoded));
        node.set("account", value);
        BigDecimal equity = Text.decimal(value.path("equity"));
        BigDecimal lastEquity = Text.decimal(value.path("lastEquity"));
        if (equity != null && lastEquity != null) {
            BigDecimal dayPnl = equity.subtract(lastEquity);
            node.put("dayPnl", dayPnl);
            if (lastEquity.signum() != 0) {
                node.put("dayPnlPct", dayPnl.divide(lastEquity, MathContext.DECIMAL64));
            }
        }
        JsonNode daily = read(Service.MONITOR, id + " positions", () -> api().get(Service.MONITOR,
                "/reports/daily?account=" + encoded));
        node.set("positions", daily.isNull() ? daily : daily.path("openPositions"));
        node.set("openOrders", only(orders, o -> id.equals(o.path("accountId").asText())
                && OPEN_ORDER_STATES.contains(o.path("state").asText())));
        node.set("pendingApprovals", only(pending, a -> id.equals(a.path("accountId").asText())));
        return node;
    }

    private static JsonNode only(JsonNode all, java.util.function.Predicate<JsonNode> wanted) {
        if (all.isNull()) {
            return all;
        }
        ArrayNode kept = Api.JSON.createArrayNode();
        all.forEach(item -> {
            if (wanted.test(item)) {
                kept.add(item);
            }
        });
        return kept;
    }

    /** One part of the screen; a part that cannot be read is a problem listed beside the rest, not the end. */
    private JsonNode read(Service service, String what, Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (ServiceCallException e) {
            problems.add(Api.JSON.createObjectNode().put("service", service.serviceName()).put("part", what)
                    .put("error", e.getMessage()));
            code = ExitCode.worst(code, e.exitCode());
            return Api.JSON.nullNode();
        }
    }

    private void render(ObjectNode status) {
        for (JsonNode a : status.path("accounts")) {
            JsonNode state = a.path("tradingState");
            out().printf("%s  %s%s%n", a.path("accountId").asText(), state.isNull() ? "STATE UNKNOWN"
                    : state.path("state").asText(), state.isNull() ? "" : "  since "
                            + Text.value(state.path("changedAt")) + " by " + Text.value(state.path("changedBy"))
                            + ": " + Text.value(state.path("reason")));
            JsonNode value = a.path("account");
            if (!value.isNull()) {
                out().printf("  equity %s  day P&L %s (%s)  cash %s  buying power %s  (as of %s)%n",
                        Text.money(Text.decimal(value.path("equity"))), Text.signedMoney(Text.decimal(a.path("dayPnl"))),
                        Text.signedPercent(Text.decimal(a.path("dayPnlPct"))),
                        Text.money(Text.decimal(value.path("cash"))),
                        Text.money(Text.decimal(value.path("buyingPower"))), Text.value(value.path("snapshotAt")));
            }
            section("positions", a.path("positions"), p -> String.format("%s %s @ %s, now %s, P&L %s",
                    p.path("symbol").asText(), Text.value(p.path("quantity")), Text.value(p.path("avgEntryPrice")),
                    Text.value(p.path("currentPrice")), Text.signedMoney(Text.decimal(p.path("unrealizedPl")))));
            section("open orders", a.path("openOrders"), o -> String.format("%s %s %s %s (%s) %s",
                    o.path("symbol").asText(), o.path("side").asText(), Text.value(o.path("quantity")),
                    o.path("state").asText(), Text.value(o.path("brokerStatus")), o.path("clientOrderId").asText()));
            section("pending approvals", a.path("pendingApprovals"), p -> String.format("%s %s %s %s expires %s",
                    p.path("id").asText(), p.path("side").asText(), Text.value(p.path("quantity")),
                    p.path("symbol").asText(), Text.value(p.path("expiresAt"))));
        }
        StringBuilder services = new StringBuilder("services:");
        for (JsonNode s : status.path("services")) {
            services.append("  ").append(s.path("service").asText()).append(' ')
                    .append(s.path("notExposed").asBoolean() ? "(health not routed)"
                            : s.path("error").isTextual() ? "NO ANSWER" : Text.value(s.path("ready")));
        }
        out().println(services);
        for (JsonNode s : status.path("services")) {
            if (s.path("error").isTextual()) {
                err().println("tradeguard: " + s.path("error").asText());
            }
        }
        for (JsonNode problem : status.path("problems")) {
            err().println("tradeguard: " + problem.path("part").asText() + " not shown: "
                    + problem.path("error").asText());
        }
    }

    private void section(String title, JsonNode items, java.util.function.Function<JsonNode, String> line) {
        if (items.isNull()) {
            out().printf("  %s: not readable (below)%n", title);
            return;
        }
        out().printf("  %s (%d)%n", title, items.size());
        items.forEach(item -> out().println("    " + line.apply(item)));
    }
}

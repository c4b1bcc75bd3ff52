package dev.tradeguard.cli.command;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * execution-service's emergency endpoints: it acts at the broker, checks the outcome there and answers with what it
 * cancelled and closed. The tool checks first that the executor trades the account the operator named.
 */
@Command
abstract class BrokerEmergency extends CliCommand {
    /** The broker cancels, closes and confirms: longer than an ordinary request. */
    private static final Duration EMERGENCY_TIMEOUT = Duration.ofSeconds(90);

    @Option(names = "--account", required = true, description = "The account execution-service trades")
    String account;

    /** Runs the emergency request; prints what was done; OK only when the broker shows what was wanted. */
    int execute(String path, boolean closePositions) {
        String traded = api().get(Service.EXECUTION, "/account").path("accountId").asText();
        if (!account.equals(traded)) {
            throw new CliFailure(ExitCode.USAGE, "execution-service at " + api().url(Service.EXECUTION, "")
                    + " trades " + traded + ", not " + account + ": nothing was done");
        }
        warnIfStillActive();
        Map<String, String> ledger = ledgerByBrokerId();
        JsonNode outcome;
        try {
            outcome = api().post(Service.EXECUTION, path, null, EMERGENCY_TIMEOUT);
        } catch (ServiceCallException e) {
            throw new CliFailure(e.exitCode(), e.getMessage() + (e.unreachable()
                    ? ". Whether orders were cancelled" + (closePositions ? " or positions closed" : "")
                            + " is UNKNOWN: check the broker ('tradeguard status --account " + account
                            + "' or Alpaca's dashboard)"
                    : ". Nothing was done by this request"));
        }
        JsonNode cancelled = outcome.path("cancelledOrders");
        out().printf("%s: cancelled %d open order(s)%n", account, cancelled.size());
        cancelled.forEach(id -> out().println("  cancelled order " + id.asText()
                + ledger.getOrDefault(id.asText(), "")));
        if (closePositions) {
            JsonNode closed = outcome.path("closedPositions");
            out().printf("%s: closed %d position(s) at market%n", account, closed.size());
            closed.forEach(position -> out().println("  closed position " + position.asText()));
        }
        if (outcome.path("error").isTextual()) {
            err().println("tradeguard: execution-service reported: " + outcome.path("error").asText());
        }
        int ordersAfter = outcome.path("openOrdersAfter").asInt(-1);
        int positionsAfter = outcome.path("positionsAfter").asInt(-1);
        boolean done = outcome.path("verified").asBoolean(false) && ordersAfter == 0
                && (!closePositions || positionsAfter == 0);
        if (done) {
            out().printf(closePositions ? "%s: FLAT — verified at the broker: 0 open orders, 0 positions%n"
                    : "%s: verified at the broker: 0 open orders (%d position(s) kept)%n", account, positionsAfter);
            return ExitCode.OK;
        }
        err().printf("tradeguard: %s is NOT verified %s: %d open order(s) and %d position(s) remain at the broker%n",
                account, closePositions ? "flat" : "without open orders", ordersAfter, positionsAfter);
        return ExitCode.NOT_OK;
    }

    private void warnIfStillActive() {
        try {
            String state = api().get(Service.RISK, "/trading-state/" + Api.encode(account)).path("state").asText();
            if (!"HALTED".equals(state)) {
                err().printf("tradeguard: warning: %s is %s at risk-service: new orders may follow"
                        + " ('tradeguard halt --account %s --reason …' first)%n", account, state, account);
            }
        } catch (ServiceCallException e) {
            err().println("tradeguard: warning: the trading state could not be read (" + e.getMessage() + ")");
        }
    }

    /** Broker order id → " (SYMBOL side qty)" from the ledger, to say what each cancelled order was. */
    private Map<String, String> ledgerByBrokerId() {
        Map<String, String> byId = new HashMap<>();
        try {
            for (JsonNode entry : api().get(Service.EXECUTION, "/orders?limit=1000")) {
                byId.put(entry.path("brokerOrderId").asText(), " (" + entry.path("symbol").asText() + " "
                        + entry.path("side").asText() + " " + Text.value(entry.path("quantity")) + ")");
            }
        } catch (ServiceCallException e) {
            err().println("tradeguard: warning: the order ledger could not be read; cancelled orders are shown by"
                    + " broker id only (" + e.getMessage() + ")");
        }
        return byId;
    }
}

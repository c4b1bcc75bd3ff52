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

/** The guide's close_all_positions.py --force. */
@Command(name = "close-all", description = {"CLOSE ALL POSITIONS of the account: execution-service cancels every open"
        + " order and sells/covers every position at market, then checks the account is flat. Needs admin.",
    "Refuses without --force (nothing is sent). Halt first so nothing re-opens a position."})
public final class CloseAllCommand extends CliCommand {
    /** Flattening waits for the broker to cancel, close and confirm: longer than an ordinary request. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(90);

    @Option(names = "--account", required = true, description = "The account execution-service trades")
    String account;

    @Option(names = "--force", description = "Confirm: sell every position at market")
    boolean force;

    @Override
    public Integer call() {
        if (!force) {
            err().printf("tradeguard: REFUSED: close-all sells every position of %s at market. Nothing was done: no"
                    + " order cancelled, no position closed, no request sent. Repeat with --force to do it.%n",
                    account);
            return ExitCode.USAGE;
        }
        String traded = tradedAccount();
        if (!account.equals(traded)) {
            throw new CliFailure(ExitCode.USAGE, "execution-service at " + api().url(Service.EXECUTION, "")
                    + " trades " + traded + ", not " + account + ": nothing was done");
        }
        warnIfStillActive();
        Map<String, String> ledger = ledgerByBrokerId();
        JsonNode outcome;
        try {
            outcome = api().post(Service.EXECUTION, "/emergency/close-all?force=true", null, CLOSE_TIMEOUT);
        } catch (ServiceCallException e) {
            throw new CliFailure(e.exitCode(), e.getMessage() + (e.unreachable()
                    ? ". Whether orders were cancelled or positions closed is UNKNOWN: check the broker"
                            + " ('tradeguard status --account " + account + "' or Alpaca's dashboard)"
                    : ". Nothing was closed by this request"));
        }
        JsonNode cancelled = outcome.path("cancelledOrders");
        out().printf("%s: cancelled %d open order(s)%n", account, cancelled.size());
        cancelled.forEach(id -> out().println("  cancelled order " + id.asText()
                + ledger.getOrDefault(id.asText(), "")));
        JsonNode closed = outcome.path("closedPositions");
        out().printf("%s: closed %d position(s) at market%n", account, closed.size());
        closed.forEach(position -> out().println("  closed position " + position.asText()));
        int ordersAfter = outcome.path("openOrdersAfter").asInt(-1);
        int positionsAfter = outcome.path("positionsAfter").asInt(-1);
        boolean flat = outcome.path("verified").asBoolean(false) && ordersAfter == 0 && positionsAfter == 0;
        if (!outcome.path("error").isNull() && !outcome.path("error").isMissingNode()) {
            err().println("tradeguard: execution-service reported: " + outcome.path("error").asText());
        }
        if (flat) {
            out().printf("%s: FLAT — verified at the broker: 0 open orders, 0 positions%n", account);
            return ExitCode.OK;
        }
        err().printf("tradeguard: %s is NOT verified flat: %d open order(s) and %d position(s) remain at the broker%n",
                account, ordersAfter, positionsAfter);
        return ExitCode.NOT_OK;
    }

    private String tradedAccount() {
        return api().get(Service.EXECUTION, "/account").path("accountId").asText();
    }

    private void warnIfStillActive() {
        try {
            String state = api().get(Service.RISK, "/trading-state/" + Api.encode(account)).path("state").asText();
            if (!"HALTED".equals(state)) {
                err().printf("tradeguard: warning: %s is %s at risk-service: new orders may re-open positions"
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

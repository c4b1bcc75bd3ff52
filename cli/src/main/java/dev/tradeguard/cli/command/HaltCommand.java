package dev.tradeguard.cli.command;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.client.Service;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The guide's halt_all_trading.py. */
@Command(name = "halt", description = {"STOP TRADING: the account(s) go HALTED at risk-service (audited, alerted);"
        + " execution-service cancels their open orders. Needs risk-officer.",
    "Prints each change and whether execution-service enforces it."})
public final class HaltCommand extends TradingStateCommand {
    static final class Which {
        @Option(names = "--account", required = true, description = "Account to halt (repeatable)")
        List<String> accounts;

        @Option(names = "--all", required = true, description = "Every account risk-service knows")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    public Integer call() {
        List<String> accounts = which.all ? allAccounts() : which.accounts;
        if (accounts.isEmpty()) {
            throw new CliFailure(ExitCode.NOT_OK, "risk-service knows no account: nothing was halted");
        }
        int code = ExitCode.OK;
        List<String> notHalted = new ArrayList<>();
        for (String account : accounts) {
            int one = change(account, "halt", "HALTED");
            if (one != ExitCode.OK) {
                notHalted.add(account);
            }
            code = ExitCode.worst(code, one);
        }
        if (!notHalted.isEmpty()) {
            err().println("tradeguard: not confirmed HALTED: " + String.join(", ", notHalted));
        }
        return code;
    }

    private List<String> allAccounts() {
        List<String> accounts = new ArrayList<>();
        for (JsonNode state : api().get(Service.RISK, "/trading-state")) {
            accounts.add(state.path("accountId").asText());
        }
        return accounts;
    }
}

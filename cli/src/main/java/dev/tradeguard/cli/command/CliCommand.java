package dev.tradeguard.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;
import dev.tradeguard.cli.TradeGuardCli;
import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command has: the services, the configuration, and where to print. */
@Command
abstract class CliCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    TradeGuardCli root() {
        return (TradeGuardCli) spec.root().userObject();
    }

    Api api() {
        return root().api();
    }

    Settings settings() {
        return root().settings();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The --account given, else the configured one; a command that needs one and has neither is a usage error. */
    String account(String option) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return settings().defaultAccount().orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                "no account: give --account or set account= in " + settings().configFile() + " (or "
                        + Settings.envName("account") + ")"));
    }

    void printJson(JsonNode node) {
        try {
            out().println(Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.tradeguard.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The explicit, audited way back to ACTIVE: nothing resumes by itself. */
@Command(name = "resume", description = "ACTIVE again at risk-service (audited); needs risk-officer. Prints the change"
        + " and whether execution-service enforces it.")
public final class ResumeCommand extends TradingStateCommand {
    @Option(names = "--account", required = true, description = "Account to resume")
    String account;

    @Override
    public Integer call() {
        return change(account.strip(), "resume", "ACTIVE");
    }
}

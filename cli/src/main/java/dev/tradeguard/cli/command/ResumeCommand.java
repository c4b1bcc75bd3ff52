package dev.tradeguard.cli.command;

import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The explicit, audited way back to ACTIVE: nothing resumes by itself. */
@Command(name = "resume", description = "ACTIVE again at risk-service (audited); needs risk-officer. Prints the change"
        + " and whether execution-service enforces it.")
public final class ResumeCommand extends CliCommand {
    @Option(names = "--account", required = true, description = "Account to resume")
    String account;

    @Option(names = "--reason", required = true, description = "Why (goes into the audit log)")
    String reason;

    @Option(names = "--confirm-within", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for execution-service to enforce it (0: do not wait; default ${DEFAULT-VALUE})")
    int confirmSeconds;

    @Override
    public Integer call() {
        return TradingStateChange.apply(api(), out(), err(), account.strip(), "resume", "ACTIVE", reason,
                Duration.ofSeconds(Math.max(0, confirmSeconds)));
    }
}

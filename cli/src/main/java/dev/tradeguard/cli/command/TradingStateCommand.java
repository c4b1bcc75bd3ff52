package dev.tradeguard.cli.command;

import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** halt and resume: an audited change of the trading state at risk-service, then its confirmation at execution. */
@Command
abstract class TradingStateCommand extends CliCommand {
    @Option(names = "--reason", required = true, description = "Why (goes into the audit log)")
    String reason;

    @Option(names = "--confirm-within", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for execution-service to enforce it (0: do not wait; default ${DEFAULT-VALUE})")
    int confirmSeconds;

    /** {@code action} (halt, resume) for {@code account}; the exit code of this one account. */
    int change(String account, String action, String target) {
        return TradingStateChange.apply(api(), out(), err(), account, action, target, reason,
                Duration.ofSeconds(Math.max(0, confirmSeconds)));
    }
}

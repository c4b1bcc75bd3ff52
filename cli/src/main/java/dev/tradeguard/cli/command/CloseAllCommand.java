package dev.tradeguard.cli.command;

import dev.tradeguard.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The guide's close_all_positions.py --force. */
@Command(name = "close-all", description = {"CLOSE ALL POSITIONS of the account: execution-service cancels every open"
        + " order and sells/covers every position at market, then checks the account is flat. Needs admin.",
    "Refuses without --force (nothing is sent). Halt first so nothing re-opens a position."})
public final class CloseAllCommand extends BrokerEmergency {
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
        return execute("/emergency/close-all?force=true", true);
    }
}

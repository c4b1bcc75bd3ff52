package dev.tradeguard.cli.command;

import picocli.CommandLine.Command;

/** The way to stop orders at the broker when risk-service cannot halt (docs/operations.md, step 1). */
@Command(name = "cancel-all", description = {"CANCEL EVERY OPEN ORDER of the account at the broker through"
        + " execution-service, then check none is open; positions stay. Needs admin.",
    "For when risk-service cannot halt, and before scaling execution-service to zero."})
public final class CancelAllCommand extends BrokerEmergency {
    @Override
    public Integer call() {
        return execute("/emergency/cancel-all", false);
    }
}

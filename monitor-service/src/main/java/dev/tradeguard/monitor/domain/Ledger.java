package dev.tradeguard.monitor.domain;

import java.util.List;

/** The result of matching a history of executions: closed round trips in close order, and what is still open. */
public record Ledger(List<RoundTrip> roundTrips, List<OpenPosition> openPositions) {
}

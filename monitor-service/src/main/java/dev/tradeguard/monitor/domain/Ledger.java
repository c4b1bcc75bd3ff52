package dev.tradeguard.monitor.domain;

import java.util.List;
import java.util.Map;

/**
 * The result of matching a history of executions: closed round trips in close order, and what is still open.
 *
 * @param addedTo for a recommendation whose fills added to a position another recommendation had opened, that
 *        opener's id: the round trip carries the recommendation of its first opening fill only
 */
public record Ledger(List<RoundTrip> roundTrips, List<OpenPosition> openPositions, Map<String, String> addedTo) {

    public Ledger(List<RoundTrip> roundTrips, List<OpenPosition> openPositions) {
        this(roundTrips, openPositions, Map.of());
    }
}

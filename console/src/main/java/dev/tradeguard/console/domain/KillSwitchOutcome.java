package dev.tradeguard.console.domain;

import java.util.List;

/** What execution-service's emergency endpoint did: orders cancelled, positions closed, and whether it verified flat. */
public record KillSwitchOutcome(boolean closePositions, List<String> cancelledOrders, List<String> closedPositions,
        int openOrdersAfter, int positionsAfter, boolean verified, String error) {
}

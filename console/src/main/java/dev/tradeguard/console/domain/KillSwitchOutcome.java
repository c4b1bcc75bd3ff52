package dev.tradeguard.console.domain;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What execution-service's emergency endpoint did: orders cancelled, positions closed, and whether it verified flat. */
@RegisterForReflection
public record KillSwitchOutcome(boolean closePositions, List<String> cancelledOrders, List<String> closedPositions,
        int openOrdersAfter, int positionsAfter, boolean verified, String error) {
}

package dev.tradeguard.model.event;

import java.time.Instant;
import java.util.List;

import dev.tradeguard.model.validation.Violations;

/**
 * Whether execution-service's market-data prices for an account can be trusted, on the {@code positions} topic. It
 * is published when freshness changes (and with every reconciliation): prices are stale when the market-data
 * connection is down, or when a held symbol had no message for the staleness window while the market is open. Risk
 * approves nothing new for the account while they are stale (fail closed), naming {@code reason}.
 *
 * @param fresh true when every held symbol had a message within the window and the connection is up
 * @param connected whether the market-data stream is connected and authenticated
 * @param staleSymbols the held symbols without a recent message (empty when fresh or when the connection is down)
 * @param reason why prices are stale, for people; absent when fresh
 * @param lastMessageAt the latest market-data message received for the account's symbols, if any
 */
public record MarketDataStatus(
        java.util.UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        Boolean fresh, Boolean connected, List<String> staleSymbols, String reason, Instant lastMessageAt)
        implements PositionsEvent {

    @Override
    public PositionsEventKind kind() {
        return PositionsEventKind.MARKET_DATA_STATUS;
    }

    @Override
    public void validateBody(Violations violations) {
        violations.required("fresh", fresh);
        violations.required("connected", connected);
        violations.required("staleSymbols", staleSymbols);
        if (Boolean.FALSE.equals(fresh)) {
            violations.required("reason", reason);
        }
        violations.maxLength("reason", reason, 500);
    }
}

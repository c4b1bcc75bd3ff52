package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the ledger still holds in one symbol.
 *
 * @param quantity signed: negative for a short
 * @param averageEntryPrice volume-weighted price of the lots still open
 * @param realizedPnl profit already taken on partial exits of this round trip
 */
@RegisterForReflection
public record OpenPosition(String accountId, String strategy, String symbol, BigDecimal quantity,
        BigDecimal averageEntryPrice, BigDecimal realizedPnl, Instant openedAt, String correlationId) {
}

package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A closed trade: a position in one symbol from the moment it left zero until it was back at zero (or flipped).
 *
 * @param quantity every share opened during the round trip (= every share closed)
 * @param entryPrice volume-weighted price of the opening executions
 * @param exitPrice volume-weighted price of the closing executions
 * @param realizedPnl profit in account currency, FIFO lot by lot
 * @param returnPct realizedPnl / (entryPrice × quantity), a fraction
 * @param correlationId the recommendation of the first opening execution
 */
@RegisterForReflection
public record RoundTrip(String accountId, String strategy, String symbol, Direction direction, BigDecimal quantity,
        BigDecimal entryPrice, BigDecimal exitPrice, BigDecimal realizedPnl, BigDecimal returnPct, Instant openedAt,
        Instant closedAt, String correlationId) {

    public Duration holdingTime() {
        return Duration.between(openedAt, closedAt);
    }

    public boolean isWin() {
        return realizedPnl.signum() > 0;
    }

    public boolean isLoss() {
        return realizedPnl.signum() < 0;
    }
}

package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradeguard.model.Side;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The parts of a recommendation monitor keeps: its entry, stop and target. */
@RegisterForReflection
public record StoredRecommendation(String recommendationId, String accountId, String strategy, String symbol,
        Side side, BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, Instant occurredAt) {
}

package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One approved order in the order ledger: the ids that link it to the broker, and where it stands. */
@RegisterForReflection
public record LedgerEntry(UUID approvedOrderId, String clientOrderId, String brokerOrderId, String accountId,
        String strategy, String correlationId, String symbol, String side, BigDecimal quantity, String state,
        String brokerStatus, BigDecimal filledQuantity, BigDecimal filledAvgPrice, String reason, Instant expiresAt,
        Instant createdAt, Instant submittedAt, Instant updatedAt) {
}

package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One line of an order's history in the ledger; {@code source} is who told us (SERVICE, STREAM, RECONCILE…). */
@RegisterForReflection
public record LedgerStatusChange(String brokerOrderId, String state, String event, String brokerStatus,
        BigDecimal filledQuantity, BigDecimal fillQuantity, BigDecimal fillPrice, String source, String detail,
        Instant recordedAt) {
}

package dev.tradeguard.console.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One order lifecycle event from the broker as monitor-service recorded it (new, fill, canceled …). */
@RegisterForReflection
public record OrderEvent(String accountId, String strategy, String brokerOrderId, String event, String symbol,
        String side, BigDecimal fillQuantity, BigDecimal fillPrice, BigDecimal positionQuantity,
        Instant brokerTimestamp) {
}

package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Side;

/** One order lifecycle event as the ledger keeps it. */
public record RecordedFill(String accountId, String strategy, String brokerOrderId, OrderEventType event,
        String symbol, Side side, BigDecimal fillQuantity, BigDecimal fillPrice, BigDecimal positionQuantity,
        Instant brokerTimestamp) {
}

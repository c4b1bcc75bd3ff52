package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.util.UUID;

/** What was last published for one broker order (entry or leg). */
public record BrokerOrderRecord(String brokerOrderId, UUID approvedOrderId, String clientOrderId, String role,
        String symbol, String side, String status, BigDecimal filledQuantity, BigDecimal filledAvgPrice) {
}

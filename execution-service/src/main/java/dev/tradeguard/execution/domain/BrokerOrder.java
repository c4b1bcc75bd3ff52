package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the broker reports it. {@code status} is Alpaca's wire value (new, partially_filled, filled, canceled…).
 */
public record BrokerOrder(String id, String clientOrderId, String symbol, String side, String type,
        String orderClass, String status, BigDecimal quantity, BigDecimal filledQuantity, BigDecimal filledAvgPrice,
        BigDecimal limitPrice, BigDecimal stopPrice, Instant submittedAt, Instant updatedAt, List<BrokerOrder> legs) {

    public BrokerOrder {
        legs = legs == null ? List.of() : List.copyOf(legs);
        filledQuantity = filledQuantity == null ? BigDecimal.ZERO : filledQuantity;
    }

    /** True when the order can no longer change (Alpaca's closed statuses). */
    public boolean isTerminal() {
        return switch (status) {
            case "filled", "canceled", "expired", "rejected", "replaced", "done_for_day", "stopped", "suspended" -> true;
            default -> false;
        };
    }
}

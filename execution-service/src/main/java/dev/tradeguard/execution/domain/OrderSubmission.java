package dev.tradeguard.execution.domain;

import java.math.BigDecimal;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;

/** What execution-service asks the broker to do; prices exact, as approved. */
public record OrderSubmission(String clientOrderId, String symbol, Side side, BigDecimal quantity, OrderType type,
        OrderClass orderClass, TimeInForce timeInForce, BigDecimal limitPrice, BigDecimal stopLoss,
        BigDecimal takeProfit, boolean extendedHours) {
}

package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.util.List;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.TimeInForce;

/**
 * An order that passed every check, sized and with its bracket.
 *
 * @param highRiskReasons why it counts as high risk under APPROVE_HIGH_RISK; empty when low risk
 */
public record ProposedOrder(BigDecimal quantity, OrderType orderType, OrderClass orderClass, BigDecimal limitPrice,
        BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal notional, List<String> highRiskReasons) {

    /**
     * An order with exit legs is good till cancelled: a bracket's stop loss and take profit have the parent's time in
     * force at the broker, so a day bracket's stop would expire at the close and leave the position unprotected
     * overnight (an entry that does not fill is cancelled by execution-service's ORDER_TIMEOUT_MINUTES, not the
     * close). An exit is a day order.
     */
    public TimeInForce timeInForce() {
        return orderClass == OrderClass.SIMPLE ? TimeInForce.DAY : TimeInForce.GTC;
    }
}

package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.util.List;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;

/**
 * An order that passed every check, sized and with its bracket.
 *
 * @param highRiskReasons why it counts as high risk under APPROVE_HIGH_RISK; empty when low risk
 */
public record ProposedOrder(BigDecimal quantity, OrderType orderType, OrderClass orderClass, BigDecimal limitPrice,
        BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal notional, List<String> highRiskReasons) {
}

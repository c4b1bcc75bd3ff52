package dev.tradeguard.model.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.model.validation.Violations;

/**
 * An order that passed risk and approval, on the {@code approved-orders} topic. execution-service places it at most
 * once (its client order id derives from {@link #orderId()}) and never after {@link #expiresAt()}.
 *
 * @param stopLoss the bracket's stop; required on every order that opens or grows a position (BRIEF invariant 4)
 * @param approvedBy who approved it: a user name, or {@code auto:<automation level>}
 */
public record ApprovedOrder(
        UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        UUID orderId, String symbol, Side side, BigDecimal quantity, OrderType orderType, OrderClass orderClass,
        TimeInForce timeInForce, BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit,
        boolean extendedHours, Instant expiresAt, String approvedBy) implements TradingEvent {

    @Override
    public boolean correlationRequired() {
        return true;
    }

    /** True for orders that open or grow a position, which must carry a stop. */
    public boolean opensPosition() {
        return side == Side.BUY || side == Side.SELL_SHORT;
    }

    @Override
    public void validateBody(Violations violations) {
        violations.required("orderId", orderId);
        Symbols.check(violations, "symbol", symbol);
        violations.required("side", side);
        violations.requiredWithin("quantity", quantity, NumberRange.SHARES);
        violations.required("orderType", orderType);
        violations.required("orderClass", orderClass);
        violations.required("timeInForce", timeInForce);
        if (orderType == OrderType.LIMIT || orderType == OrderType.STOP_LIMIT) {
            violations.required("limitPrice", limitPrice);
        }
        violations.within("limitPrice", limitPrice, NumberRange.PRICE);
        if (side != null && opensPosition()) {
            violations.required("stopLoss", stopLoss);
        }
        violations.within("stopLoss", stopLoss, NumberRange.PRICE);
        violations.within("takeProfit", takeProfit, NumberRange.PRICE);
        if (orderClass == OrderClass.BRACKET) {
            violations.required("takeProfit", takeProfit);
        }
        violations.required("expiresAt", expiresAt);
        violations.notBefore("expiresAt", expiresAt, "occurredAt", occurredAt);
        violations.required("approvedBy", approvedBy);
    }
}

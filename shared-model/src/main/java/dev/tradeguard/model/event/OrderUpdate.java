package dev.tradeguard.model.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.model.validation.Violations;

/**
 * One order lifecycle event from the broker's trade_updates stream, on the {@code fills} topic.
 *
 * @param orderId the approved order it belongs to; absent for orders placed outside TradeGuard
 * @param fillQuantity shares in this fill (fill and partial_fill only)
 * @param fillPrice price of this fill (fill and partial_fill only)
 * @param positionQuantity the position in the symbol after this event, signed (negative = short)
 */
public record OrderUpdate(
        UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        UUID orderId, String clientOrderId, String brokerOrderId, OrderEventType event, String symbol, Side side,
        OrderType orderType, String orderStatus, BigDecimal quantity, BigDecimal filledQuantity,
        BigDecimal filledAvgPrice, BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal fillQuantity,
        BigDecimal fillPrice, BigDecimal positionQuantity, Instant brokerTimestamp) implements TradingEvent {

    @Override
    public void validateBody(Violations violations) {
        violations.required("brokerOrderId", brokerOrderId);
        violations.required("event", event);
        Symbols.check(violations, "symbol", symbol);
        violations.within("quantity", quantity, NumberRange.SHARES);
        violations.within("filledQuantity", filledQuantity, NumberRange.FILLED_SHARES);
        violations.within("filledAvgPrice", filledAvgPrice, NumberRange.PRICE);
        violations.within("limitPrice", limitPrice, NumberRange.PRICE);
        violations.within("stopPrice", stopPrice, NumberRange.PRICE);
        if (event == OrderEventType.FILL || event == OrderEventType.PARTIAL_FILL) {
            violations.required("fillQuantity", fillQuantity);
            violations.required("fillPrice", fillPrice);
            violations.required("positionQuantity", positionQuantity);
        }
        violations.within("fillQuantity", fillQuantity, NumberRange.SHARES);
        violations.within("fillPrice", fillPrice, NumberRange.PRICE);
        violations.within("positionQuantity", positionQuantity, NumberRange.POSITION_SHARES);
        violations.required("brokerTimestamp", brokerTimestamp);
    }
}

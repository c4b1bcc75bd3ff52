package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;

/** A validated POST /v2/orders body. Exactly one of {@code qty} and {@code notional} is set. */
public record OrderRequest(String symbol, BigDecimal qty, BigDecimal notional, Side side, OrderType type,
                           TimeInForce timeInForce, BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal trailPrice,
                           BigDecimal trailPercent, boolean extendedHours, String clientOrderId, OrderClass orderClass,
                           BigDecimal takeProfitLimitPrice, BigDecimal stopLossStopPrice, BigDecimal stopLossLimitPrice) {

    public static OrderRequest market(String symbol, BigDecimal qty, Side side, TimeInForce tif) {
        return new OrderRequest(symbol, qty, null, side, OrderType.MARKET, tif, null, null, null, null, false, null,
                OrderClass.UNSPECIFIED, null, null, null);
    }

    public static OrderRequest limit(String symbol, BigDecimal qty, Side side, TimeInForce tif, BigDecimal limit) {
        return new OrderRequest(symbol, qty, null, side, OrderType.LIMIT, tif, limit, null, null, null, false, null,
                OrderClass.UNSPECIFIED, null, null, null);
    }

    public OrderRequest withClientOrderId(String id) {
        return new OrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stopPrice, trailPrice,
                trailPercent, extendedHours, id, orderClass, takeProfitLimitPrice, stopLossStopPrice, stopLossLimitPrice);
    }

    public OrderRequest withStop(BigDecimal stop) {
        return new OrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stop, trailPrice,
                trailPercent, extendedHours, clientOrderId, orderClass, takeProfitLimitPrice, stopLossStopPrice,
                stopLossLimitPrice);
    }

    public OrderRequest withType(OrderType newType) {
        return new OrderRequest(symbol, qty, notional, side, newType, timeInForce, limitPrice, stopPrice, trailPrice,
                trailPercent, extendedHours, clientOrderId, orderClass, takeProfitLimitPrice, stopLossStopPrice,
                stopLossLimitPrice);
    }

    public OrderRequest withTrail(BigDecimal price, BigDecimal percent) {
        return new OrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stopPrice, price, percent,
                extendedHours, clientOrderId, orderClass, takeProfitLimitPrice, stopLossStopPrice, stopLossLimitPrice);
    }

    public OrderRequest withClass(OrderClass cls, BigDecimal takeProfit, BigDecimal stopLoss, BigDecimal stopLossLimit) {
        return new OrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stopPrice, trailPrice,
                trailPercent, extendedHours, clientOrderId, cls, takeProfit, stopLoss, stopLossLimit);
    }
}

package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the paper exchange keeps it. Mutable, and only ever changed by the matching engine under its lock;
 * everything that leaves the engine is a {@link #snapshot()}.
 */
public final class SimOrder {

    private final String id;
    private final long sequence;
    private final String clientOrderId;
    private final String symbol;
    private final String assetId;
    private final Side side;
    private final OrderType type;
    private final OrderClass orderClass;
    private final boolean extendedHours;
    private final Instant createdAt;
    private final String parentId;

    private BigDecimal qty;
    private BigDecimal notional;
    private TimeInForce timeInForce;
    private BigDecimal limitPrice;
    private BigDecimal stopPrice;
    private BigDecimal trailPrice;
    private BigDecimal trailPercent;
    private BigDecimal highWaterMark;
    private boolean stopTriggered;

    private OrderStatus status;
    private BigDecimal filledQty = BigDecimal.ZERO;
    private BigDecimal filledAvgPrice;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant filledAt;
    private Instant expiredAt;
    private Instant canceledAt;
    private Instant failedAt;
    private Instant replacedAt;
    private String replacedBy;
    private String replaces;
    private final List<SimOrder> legs = new ArrayList<>();

    public SimOrder(String id, long sequence, String clientOrderId, String symbol, String assetId, Side side,
                    OrderType type, OrderClass orderClass, boolean extendedHours, Instant createdAt, String parentId,
                    BigDecimal qty, BigDecimal notional, TimeInForce timeInForce, BigDecimal limitPrice,
                    BigDecimal stopPrice, BigDecimal trailPrice, BigDecimal trailPercent, OrderStatus status) {
        this.id = id;
        this.sequence = sequence;
        this.clientOrderId = clientOrderId;
        this.symbol = symbol;
        this.assetId = assetId;
        this.side = side;
        this.type = type;
        this.orderClass = orderClass;
        this.extendedHours = extendedHours;
        this.createdAt = createdAt;
        this.parentId = parentId;
        this.qty = qty;
        this.notional = notional;
        this.timeInForce = timeInForce;
        this.limitPrice = limitPrice;
        this.stopPrice = stopPrice;
        this.trailPrice = trailPrice;
        this.trailPercent = trailPercent;
        this.status = status;
        this.updatedAt = createdAt;
        this.submittedAt = createdAt;
    }

    /** A deep, independent copy: safe to serialize outside the engine's lock. */
    public SimOrder snapshot() {
        SimOrder copy = new SimOrder(id, sequence, clientOrderId, symbol, assetId, side, type, orderClass, extendedHours,
                createdAt, parentId, qty, notional, timeInForce, limitPrice, stopPrice, trailPrice, trailPercent,
                status);
        copy.highWaterMark = highWaterMark;
        copy.stopTriggered = stopTriggered;
        copy.filledQty = filledQty;
        copy.filledAvgPrice = filledAvgPrice;
        copy.updatedAt = updatedAt;
        copy.submittedAt = submittedAt;
        copy.filledAt = filledAt;
        copy.expiredAt = expiredAt;
        copy.canceledAt = canceledAt;
        copy.failedAt = failedAt;
        copy.replacedAt = replacedAt;
        copy.replacedBy = replacedBy;
        copy.replaces = replaces;
        for (SimOrder leg : legs) {
            copy.legs.add(leg.snapshot());
        }
        return copy;
    }

    public BigDecimal remainingQty() {
        return qty == null ? null : qty.subtract(filledQty);
    }

    public boolean isLeg() {
        return parentId != null;
    }

    /** Records one execution and moves the status to partially_filled or filled. */
    public void recordFill(BigDecimal fillQty, BigDecimal price, Instant at) {
        BigDecimal newFilled = filledQty.add(fillQty);
        BigDecimal previousValue = filledAvgPrice == null ? BigDecimal.ZERO : filledAvgPrice.multiply(filledQty);
        filledAvgPrice = previousValue.add(price.multiply(fillQty))
                .divide(newFilled, MathContext.DECIMAL64).stripTrailingZeros();
        filledQty = newFilled;
        updatedAt = at;
        if (filledQty.compareTo(qty) >= 0) {
            status = OrderStatus.FILLED;
            filledAt = at;
        } else {
            status = OrderStatus.PARTIALLY_FILLED;
        }
    }

    public void cancel(Instant at) {
        status = OrderStatus.CANCELED;
        canceledAt = at;
        updatedAt = at;
    }

    public void expire(Instant at) {
        status = OrderStatus.EXPIRED;
        expiredAt = at;
        updatedAt = at;
    }

    public void reject(Instant at) {
        status = OrderStatus.REJECTED;
        failedAt = at;
        updatedAt = at;
    }

    public void markReplaced(String newOrderId, Instant at) {
        status = OrderStatus.REPLACED;
        replacedBy = newOrderId;
        replacedAt = at;
        updatedAt = at;
    }

    public void setStatus(OrderStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public void fixNotionalQty(BigDecimal computedQty) {
        this.qty = computedQty;
    }

    public void setHighWaterMark(BigDecimal hwm) {
        this.highWaterMark = hwm;
    }

    /** A trailing stop's current stop price follows its high-water mark. */
    public void setStopPriceForTrailing(BigDecimal stop) {
        this.stopPrice = stop;
    }

    public void triggerStop() {
        this.stopTriggered = true;
    }

    public void setReplaces(String replacedOrderId) {
        this.replaces = replacedOrderId;
    }

    public void addLeg(SimOrder leg) {
        legs.add(leg);
    }

    public void replaceLeg(SimOrder oldLeg, SimOrder newLeg) {
        legs.replaceAll(l -> l == oldLeg ? newLeg : l);
    }

    public String id() { return id; }
    public long sequence() { return sequence; }
    public String clientOrderId() { return clientOrderId; }
    public String symbol() { return symbol; }
    public String assetId() { return assetId; }
    public Side side() { return side; }
    public OrderType type() { return type; }
    public OrderClass orderClass() { return orderClass; }
    public boolean extendedHours() { return extendedHours; }
    public Instant createdAt() { return createdAt; }
    public String parentId() { return parentId; }
    public BigDecimal qty() { return qty; }
    public BigDecimal notional() { return notional; }
    public TimeInForce timeInForce() { return timeInForce; }
    public BigDecimal limitPrice() { return limitPrice; }
    public BigDecimal stopPrice() { return stopPrice; }
    public BigDecimal trailPrice() { return trailPrice; }
    public BigDecimal trailPercent() { return trailPercent; }
    public BigDecimal highWaterMark() { return highWaterMark; }
    public boolean stopTriggered() { return stopTriggered; }
    public OrderStatus status() { return status; }
    public BigDecimal filledQty() { return filledQty; }
    public BigDecimal filledAvgPrice() { return filledAvgPrice; }
    public Instant updatedAt() { return updatedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant filledAt() { return filledAt; }
    public Instant expiredAt() { return expiredAt; }
    public Instant canceledAt() { return canceledAt; }
    public Instant failedAt() { return failedAt; }
    public Instant replacedAt() { return replacedAt; }
    public String replacedBy() { return replacedBy; }
    public String replaces() { return replaces; }
    public List<SimOrder> legs() { return legs; }
}

package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;

import dev.tradeguard.model.Side;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How one broker order went, for execution quality.
 *
 * @param averageFillPrice volume-weighted price of its fills; null when nothing filled
 * @param limitPrice the order's limit; null for market orders
 * @param recommendedEntry the limit price of the recommendation it descends from; null when unknown
 * @param terminal whether the order can no longer fill (filled, canceled, expired, rejected, done for day)
 */
@RegisterForReflection
public record OrderExecution(String brokerOrderId, Side side, BigDecimal orderedQuantity, BigDecimal filledQuantity,
        BigDecimal averageFillPrice, BigDecimal limitPrice, BigDecimal recommendedEntry, boolean terminal) {

    public boolean completelyFilled() {
        return orderedQuantity != null && filledQuantity != null && filledQuantity.compareTo(orderedQuantity) >= 0;
    }
}

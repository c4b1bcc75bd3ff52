package dev.tradeguard.brokersim.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** One fill: an account activity of type FILL. */
public record Execution(String id, String orderId, String symbol, Side side, BigDecimal qty, BigDecimal price,
                        BigDecimal cumulativeQty, BigDecimal leavesQty, OrderStatus orderStatus, Instant transactionTime) {

    public boolean isPartial() {
        return leavesQty.signum() > 0;
    }
}

package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An open position; {@code quantity} is signed (negative = short). Its average entry keeps at most
 * {@link #AVERAGE_SCALE} decimals: the broker's carries as many as its division gave (the simulator's 191.1384615384615),
 * and an event's price field takes no more than ten (shared-model's NumberRange), so a snapshot carrying it was
 * dead-lettered by risk and monitor.
 */
public record BrokerPosition(String symbol, BigDecimal quantity, BigDecimal avgEntryPrice, BigDecimal currentPrice,
        BigDecimal marketValue, BigDecimal costBasis, BigDecimal unrealizedPl, BigDecimal unrealizedPlPct) {
    /** The decimals of an average entry price: what an event's price field holds at most. */
    public static final int AVERAGE_SCALE = 10;

    public BrokerPosition {
        avgEntryPrice = average(avgEntryPrice);
    }

    /** An average entry price to at most {@link #AVERAGE_SCALE} decimals (half-even), trailing zeros dropped. */
    public static BigDecimal average(BigDecimal value) {
        return value == null || value.scale() <= AVERAGE_SCALE ? value
                : value.setScale(AVERAGE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}

package dev.tradeguard.execution.domain;

import java.math.BigDecimal;

/** An open position; {@code quantity} is signed (negative = short). */
public record BrokerPosition(String symbol, BigDecimal quantity, BigDecimal avgEntryPrice, BigDecimal currentPrice,
        BigDecimal marketValue, BigDecimal costBasis, BigDecimal unrealizedPl, BigDecimal unrealizedPlPct) {
}

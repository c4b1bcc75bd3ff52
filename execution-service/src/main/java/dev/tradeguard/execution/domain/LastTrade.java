package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The last trade printed in a symbol, as the broker's REST market data answers it; {@code at} is the trade's time. */
public record LastTrade(BigDecimal price, Instant at) {
}

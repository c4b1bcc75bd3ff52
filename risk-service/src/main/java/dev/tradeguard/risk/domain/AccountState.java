package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What risk-service last heard of an account: the base of every sizing and limit check.
 *
 * @param highWaterMark the highest equity ever seen, the base of the drawdown halt
 */
public record AccountState(String accountId, BigDecimal equity, BigDecimal lastEquity, BigDecimal cash,
        BigDecimal buyingPower, int positions, boolean marketOpen, Instant snapshotAt, BigDecimal highWaterMark) {
}

package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What risk-service last heard of an account: the base of every sizing and limit check.
 *
 * @param snapshotAt when the values held were true (the latest snapshot's or position change's occurredAt): an
 *        older event than this is ignored
 * @param highWaterMark the highest equity ever seen, the base of the drawdown halt
 * @param heardAt the latest event of any kind on {@code positions} for the account: silence from execution-service is
 *        measured from here
 */
public record AccountState(String accountId, BigDecimal equity, BigDecimal lastEquity, BigDecimal cash,
        BigDecimal buyingPower, int positions, boolean marketOpen, Instant snapshotAt, BigDecimal highWaterMark,
        Instant heardAt) {
}

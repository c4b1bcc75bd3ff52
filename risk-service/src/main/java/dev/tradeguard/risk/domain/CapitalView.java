package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code GET /accounts/{id}/capital} shows: the capital in force, what sizing uses, where the account stands on
 * the scaling rules, and every change.
 *
 * @param capital the capital in force; {@code null} when none was ever set (sizing uses the whole equity)
 * @param equity the account's latest equity; {@code null} before the first snapshot
 * @param sizingBase what position sizing multiplies by the sizing percentages: the lesser of capital and equity
 * @param tradingDays completed NYSE trading days recorded since the last increase (or ever, if none)
 * @param periodReturn the account's return over those days; {@code null} when there were none
 * @param maxIncreaseTo the most the next increase may ask for (the 2x rule)
 */
public record CapitalView(String accountId, BigDecimal capital, BigDecimal equity, BigDecimal sizingBase,
        BigDecimal cashReservePct, int tradingDays, BigDecimal periodReturn, BigDecimal maxIncreaseTo, Rules rules,
        List<CapitalChange> history) {

    /** The rules in force, from configuration. */
    public record Rules(int minProfitableDays, BigDecimal maxIncreaseFactor, BigDecimal cashReserveMinPct,
            BigDecimal cashReserveMaxPct) {
    }
}

package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One accepted change of the capital TradeGuard may deploy for an account; the latest is in force.
 *
 * @param previousCapital the capital before: the previous change's, or the account's equity when there was none
 * @param capital the dollars position sizing is based on from now on (never more than the account's equity)
 * @param cashReservePct the share of equity kept in cash after a buy, at least the configured minimum
 * @param increase whether this raised the capital or lowered the reserve: an increase restarts the count of
 *        profitable days the next one needs
 * @param tradingDays the completed trading days the profitability rule looked at
 * @param periodReturn the account's return over those days; {@code null} when there were none
 */
public record CapitalChange(String accountId, BigDecimal previousCapital, BigDecimal capital,
        BigDecimal cashReservePct, boolean increase, int tradingDays, BigDecimal periodReturn, String reason,
        String changedBy, Instant changedAt) {
}

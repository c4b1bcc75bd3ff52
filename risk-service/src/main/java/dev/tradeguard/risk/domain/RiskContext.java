package dev.tradeguard.risk.domain;

import java.time.Instant;
import java.util.Map;

import dev.tradeguard.model.TradingState;

/**
 * Everything the checks look at for one order, gathered before they run, so the checks themselves are a pure
 * function (and testable as a table).
 *
 * @param account the latest snapshot; {@code null} when none has arrived
 * @param positions the snapshot's positions by symbol
 * @param prices the account's market-data freshness; {@code null} when execution-service has not reported it
 * @param tradingState the account's kill switch; {@code null} when unknown
 * @param entriesToday orders opening a position approved today (New York day) for this strategy
 * @param openEntryOrders approved orders opening a position the broker has not finished with yet
 * @param openOrderOnSymbol an approved order on this symbol is still working
 * @param ordersLastMinute orders approved for the account in the last minute
 * @param positionOpenedToday the position this order would close was opened today
 * @param dayTradesLastFiveDays round trips opened and closed on the same day in the last five business days
 */
public record RiskContext(Limits limits, AccountState account, Map<String, Position> positions,
        PriceFreshness prices, TradingState tradingState, Instant now, int entriesToday, int openEntryOrders,
        boolean openOrderOnSymbol, int ordersLastMinute, boolean positionOpenedToday, int dayTradesLastFiveDays) {
}

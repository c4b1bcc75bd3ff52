package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
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
 * @param capital the account's capital change in force ({@code POST /accounts/{id}/capital}); {@code null} when none
 *        was made, and sizing uses the whole equity
 */
public record RiskContext(Limits limits, AccountState account, Map<String, Position> positions,
        PriceFreshness prices, TradingState tradingState, Instant now, int entriesToday, int openEntryOrders,
        boolean openOrderOnSymbol, int ordersLastMinute, boolean positionOpenedToday, int dayTradesLastFiveDays,
        CapitalChange capital) {

    /** The same, with no capital change in force. */
    public RiskContext(Limits limits, AccountState account, Map<String, Position> positions, PriceFreshness prices,
            TradingState tradingState, Instant now, int entriesToday, int openEntryOrders, boolean openOrderOnSymbol,
            int ordersLastMinute, boolean positionOpenedToday, int dayTradesLastFiveDays) {
        this(limits, account, positions, prices, tradingState, now, entriesToday, openEntryOrders, openOrderOnSymbol,
                ordersLastMinute, positionOpenedToday, dayTradesLastFiveDays, null);
    }

    /**
     * The dollars the sizing percentages apply to: the capital in force, but never more than the equity there is
     * (capital the account does not hold cannot be deployed).
     */
    public BigDecimal sizingBase() {
        return capital == null ? account.equity() : capital.capital().min(account.equity());
    }

    /** The cash reserve a buy must leave: the configured minimum, or the capital change's when that is higher. */
    public BigDecimal cashReserveMinPct() {
        return capital == null ? limits.cashReserveMinPct() : limits.cashReserveMinPct().max(capital.cashReservePct());
    }
}

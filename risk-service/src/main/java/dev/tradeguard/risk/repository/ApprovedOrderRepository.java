package dev.tradeguard.risk.repository;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.model.event.ApprovedOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Approved orders and whether the broker has finished with them: the base of the open-order and pace checks. */
@ApplicationScoped
public class ApprovedOrderRepository implements PanacheRepositoryBase<ApprovedOrderEntity, UUID> {
    public void insert(ApprovedOrder order) {
        persist(ApprovedOrderEntity.from(order));
    }

    public void markTerminal(UUID orderId) {
        // native: on every terminal order event; an HQL update is translated to SQL afresh on each execution
        getEntityManager().createNativeQuery("UPDATE approved_order SET terminal = TRUE WHERE order_id = :order")
                .setParameter("order", orderId).executeUpdate();
    }

    /**
     * What the pace and open-order checks count for one decision, in one statement: entries today for the strategy,
     * open entry orders, an open order on the symbol, orders in the last minute, an entry on the symbol today, and
     * the day trades since {@code dayTradesSince}. Native: the FILTERed counts and the grouped day-trade count (AT TIME
     * ZONE, bool_or) have no HQL form, and six HQL counts cost a fresh SQL translation each on every decision.
     */
    public OrderPace pace(String accountId, String strategy, String symbol, Instant workingSince, Instant today,
            Instant lastMinute, Instant dayTradesSince) {
        Instant earliest = Collections.min(List.of(workingSince, today, lastMinute));
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                SELECT
                    count(*) FILTER (WHERE strategy = :strategy AND approved_at >= :today
                                     AND side IN ('BUY', 'SELL_SHORT')),
                    count(*) FILTER (WHERE NOT terminal AND approved_at > :workingSince
                                     AND side IN ('BUY', 'SELL_SHORT')),
                    count(*) FILTER (WHERE symbol = :symbol AND NOT terminal AND approved_at > :workingSince),
                    count(*) FILTER (WHERE approved_at >= :lastMinute),
                    count(*) FILTER (WHERE symbol = :symbol AND approved_at >= :today
                                     AND side IN ('BUY', 'SELL_SHORT')),
                    (SELECT count(*) FROM (
                        SELECT symbol, (approved_at AT TIME ZONE 'America/New_York')::date AS day FROM approved_order
                        WHERE account_id = :account AND approved_at >= :dayTradesSince
                        GROUP BY symbol, day
                        HAVING bool_or(side IN ('BUY', 'SELL_SHORT')) AND bool_or(side IN ('SELL', 'BUY_TO_COVER'))
                    ) AS day_trades)
                FROM approved_order WHERE account_id = :account AND approved_at >= :earliest
                """).setParameter("account", accountId).setParameter("strategy", strategy)
                .setParameter("symbol", symbol).setParameter("workingSince", workingSince)
                .setParameter("today", today).setParameter("lastMinute", lastMinute)
                .setParameter("dayTradesSince", dayTradesSince).setParameter("earliest", earliest).getSingleResult();
        return new OrderPace(count(row[0]), count(row[1]), count(row[2]) > 0, count(row[3]), count(row[4]) > 0,
                count(row[5]));
    }

    private static int count(Object column) {
        return ((Number) column).intValue();
    }

    /**
     * The counts {@link #pace} reads.
     *
     * @param entriesToday orders opening a position approved since the start of the day, for the strategy
     * @param openEntries orders opening a position approved after the working window's start, not finished
     * @param openOnSymbol an order on the symbol approved after the working window's start is not finished
     * @param lastMinute orders approved for the account in the last minute
     * @param entryOnSymbolToday an order opening a position on the symbol was approved today
     * @param dayTrades symbols opened and closed on the same New York day since the day-trade window's start
     */
    public record OrderPace(int entriesToday, int openEntries, boolean openOnSymbol, int lastMinute,
            boolean entryOnSymbolToday, int dayTrades) {
    }
}

package dev.tradeguard.risk.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.ApprovedOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Approved orders and whether the broker has finished with them: the base of the open-order and pace checks. */
@ApplicationScoped
public class ApprovedOrderRepository implements PanacheRepositoryBase<ApprovedOrderEntity, UUID> {
    /** The sides that open (or add to) a position. */
    private static final List<Side> ENTRY_SIDES = List.of(Side.BUY, Side.SELL_SHORT);

    public void insert(ApprovedOrder order) {
        persist(ApprovedOrderEntity.from(order));
    }

    public void markTerminal(UUID orderId) {
        update("terminal = true where orderId = ?1", orderId);
    }

    /** An order on the symbol approved after {@code workingSince} that the broker has not finished with. */
    public boolean openOnSymbol(String accountId, String symbol, Instant workingSince) {
        return count("accountId = :account and symbol = :symbol and terminal = false and approvedAt > :since",
                Parameters.with("account", accountId).and("symbol", symbol).and("since", workingSince)) > 0;
    }

    /** Orders opening a position, approved after {@code workingSince}, not finished. */
    public int openEntries(String accountId, Instant workingSince) {
        return (int) count("accountId = :account and terminal = false and approvedAt > :since and side in :entries",
                Parameters.with("account", accountId).and("since", workingSince).and("entries", ENTRY_SIDES));
    }

    public int approvedSince(String accountId, Instant since) {
        return (int) count("accountId = :account and approvedAt >= :since",
                Parameters.with("account", accountId).and("since", since));
    }

    public int entriesSince(String accountId, String strategy, Instant since) {
        return (int) count("accountId = :account and strategy = :strategy and approvedAt >= :since and side in :entries",
                Parameters.with("account", accountId).and("strategy", strategy).and("since", since)
                        .and("entries", ENTRY_SIDES));
    }

    public boolean entryOnSymbolSince(String accountId, String symbol, Instant since) {
        return count("accountId = :account and symbol = :symbol and approvedAt >= :since and side in :entries",
                Parameters.with("account", accountId).and("symbol", symbol).and("since", since)
                        .and("entries", ENTRY_SIDES)) > 0;
    }

    /** Symbols opened and closed on the same New York day since {@code since}: day trades. */
    public int dayTradesSince(String accountId, Instant since) {
        // native: a set-based count grouped by the New York date of each approval (AT TIME ZONE, bool_or) in one
        // statement of the decision path; HQL has neither
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM (
                    SELECT symbol, (approved_at AT TIME ZONE 'America/New_York')::date AS day FROM approved_order
                    WHERE account_id = :account AND approved_at >= :since
                    GROUP BY symbol, day
                    HAVING bool_or(side IN ('BUY', 'SELL_SHORT')) AND bool_or(side IN ('SELL', 'BUY_TO_COVER'))
                ) AS day_trades
                """).setParameter("account", accountId).setParameter("since", since).getSingleResult()).intValue();
    }
}

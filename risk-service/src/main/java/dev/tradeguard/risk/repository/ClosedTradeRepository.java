package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Realized P&L of closing fills, newest last: the consecutive-loss halt counts from here. */
@ApplicationScoped
public class ClosedTradeRepository implements PanacheRepositoryBase<ClosedTradeEntity, UUID> {

    /** Stores the closing fill once: its event id is claimed by the fills consumer before this runs. */
    public void insert(UUID eventId, String accountId, String symbol, BigDecimal pnl, Instant closedAt) {
        ClosedTradeEntity trade = new ClosedTradeEntity();
        trade.eventId = eventId;
        trade.accountId = accountId;
        trade.symbol = symbol;
        trade.pnl = pnl;
        trade.closedAt = closedAt;
        persist(trade);
    }

    /** The P&L of the account's last {@code n} closing fills, newest first. */
    public List<BigDecimal> lastPnl(String accountId, int n) {
        return find("accountId", Sort.descending("closedAt").and("eventId"), accountId).range(0, n - 1).stream()
                .map(trade -> trade.pnl).toList();
    }
}

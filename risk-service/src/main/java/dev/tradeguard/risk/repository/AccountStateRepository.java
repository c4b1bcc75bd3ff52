package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.domain.PriceFreshness;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The account as execution-service reports it: its values (account_state), its positions (account_position) and its
 * market-data freshness (market_data_status). Events may arrive out of order; the upserts keep the newest.
 */
@ApplicationScoped
public class AccountStateRepository implements PanacheRepositoryBase<AccountStateEntity, String> {

    /**
     * Replaces the account and all its positions with a snapshot unless a newer event is stored already (snapshots
     * may arrive out of order), raising the high-water mark. Returns the state now stored, empty when ignored.
     */
    public Optional<AccountState> replaceIfNewer(AccountState state, List<Position> positions, UUID eventId) {
        Optional<AccountState> stored = upsertAccount(state, eventId, "<");
        if (stored.isPresent()) {
            // native: Hibernate translates an HQL delete to SQL afresh on every execution
            getEntityManager().createNativeQuery("DELETE FROM account_position WHERE account_id = :account")
                    .setParameter("account", state.accountId()).executeUpdate();
            positions.forEach(position -> getEntityManager().persist(AccountPositionEntity.from(state.accountId(),
                    position)));
        }
        return stored;
    }

    /**
     * Applies one position change: the account's values and that one position row (removed when its quantity is 0),
     * unless a newer event of the account is stored. Two statements whatever the account holds: this runs on every
     * tick. Returns the state now stored, empty when ignored.
     */
    public Optional<AccountState> applyIfNotOlder(AccountState state, Position position, UUID eventId) {
        // a change at the same instant as the stored one still applies: two symbols can move in one millisecond
        Optional<AccountState> stored = upsertAccount(state, eventId, "<=");
        if (stored.isEmpty()) {
            return stored;
        }
        if (position.quantity().signum() == 0) {
            // native: on the kill switch's hot path, and an HQL delete is translated to SQL afresh on every execution
            getEntityManager().createNativeQuery("DELETE FROM account_position WHERE account_id = :account"
                    + " AND symbol = :symbol").setParameter("account", state.accountId())
                    .setParameter("symbol", position.symbol()).executeUpdate();
        } else {
            // native: one upsert per tick (the kill switch's hot path); merge would read the row first
            getEntityManager().createNativeQuery("""
                    INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price)
                    VALUES (:account, :symbol, :quantity, :avgEntryPrice, :currentPrice)
                    ON CONFLICT (account_id, symbol) DO UPDATE SET quantity = EXCLUDED.quantity,
                        avg_entry_price = EXCLUDED.avg_entry_price, current_price = EXCLUDED.current_price
                    """).setParameter("account", state.accountId()).setParameter("symbol", position.symbol())
                    .setParameter("quantity", position.quantity())
                    .setParameter("avgEntryPrice", position.avgEntryPrice())
                    .setParameter("currentPrice", position.currentPrice()).executeUpdate();
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private Optional<AccountState> upsertAccount(AccountState state, UUID eventId, String notOlderThan) {
        // native: a conditional upsert that keeps out-of-order events out and raises the high-water mark in one
        // statement on every tick (the kill switch's hot path), race-free where find-then-persist is not
        EntityManager entityManager = getEntityManager();
        List<AccountStateEntity> stored = entityManager.createNativeQuery("""
                INSERT INTO account_state (account_id, equity, last_equity, cash, buying_power, positions,
                                           market_open, snapshot_at, event_id, high_water_mark, heard_at)
                VALUES (:account, :equity, :lastEquity, :cash, :buyingPower, :positions,
                        :marketOpen, :snapshotAt, :eventId, :equity, :snapshotAt)
                ON CONFLICT (account_id) DO UPDATE SET
                    equity = EXCLUDED.equity, last_equity = EXCLUDED.last_equity, cash = EXCLUDED.cash,
                    buying_power = EXCLUDED.buying_power, positions = EXCLUDED.positions,
                    market_open = EXCLUDED.market_open, snapshot_at = EXCLUDED.snapshot_at,
                    event_id = EXCLUDED.event_id,
                    high_water_mark = GREATEST(COALESCE(account_state.high_water_mark, EXCLUDED.equity), EXCLUDED.equity),
                    heard_at = GREATEST(account_state.heard_at, EXCLUDED.heard_at)
                WHERE account_state.snapshot_at %s EXCLUDED.snapshot_at
                RETURNING *
                """.formatted(notOlderThan), AccountStateEntity.class)
                .setParameter("account", state.accountId()).setParameter("equity", state.equity())
                .setParameter("lastEquity", state.lastEquity()).setParameter("cash", state.cash())
                .setParameter("buyingPower", state.buyingPower()).setParameter("positions", state.positions())
                .setParameter("marketOpen", state.marketOpen()).setParameter("snapshotAt", state.snapshotAt())
                .setParameter("eventId", eventId).getResultList();
        // the row as the statement left it; not kept in the session, where an instance read earlier would stay stale
        stored.forEach(entityManager::detach);
        return stored.stream().findFirst().map(AccountStateEntity::toDomain);
    }

    /**
     * Stores a market-data status unless a newer one is stored; {@code since} moves only when freshness flips, so it
     * says how long prices have been stale. Any status counts as hearing from execution-service.
     */
    public void recordPriceFreshness(String accountId, boolean fresh, String reason, String staleSymbols,
            Instant occurredAt, UUID eventId) {
        // native: a conditional upsert (newest status wins, since moves only on a flip) in one statement, and the
        // heard-at bump after it (an HQL update would be translated to SQL afresh on every status)
        getEntityManager().createNativeQuery("""
                INSERT INTO market_data_status (account_id, fresh, reason, stale_symbols, since, occurred_at, event_id)
                VALUES (:account, :fresh, :reason, :staleSymbols, :occurredAt, :occurredAt, :eventId)
                ON CONFLICT (account_id) DO UPDATE SET fresh = EXCLUDED.fresh, reason = EXCLUDED.reason,
                    stale_symbols = EXCLUDED.stale_symbols,
                    since = CASE WHEN market_data_status.fresh = EXCLUDED.fresh
                                 THEN market_data_status.since ELSE EXCLUDED.since END,
                    occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id
                WHERE market_data_status.occurred_at <= EXCLUDED.occurred_at
                """).setParameter("account", accountId).setParameter("fresh", fresh)
                .setParameter("reason", reason).setParameter("staleSymbols", staleSymbols)
                .setParameter("occurredAt", occurredAt).setParameter("eventId", eventId).executeUpdate();
        getEntityManager().createNativeQuery(
                "UPDATE account_state SET heard_at = :at WHERE account_id = :account AND heard_at < :at")
                .setParameter("at", occurredAt).setParameter("account", accountId).executeUpdate();
    }

    /** The account's latest market-data freshness; empty when execution-service has not reported one. */
    public Optional<PriceFreshness> priceFreshness(String accountId) {
        return Optional.ofNullable(getEntityManager().find(MarketDataStatusEntity.class, accountId))
                .map(MarketDataStatusEntity::toDomain);
    }

    public Optional<AccountState> find(String accountId) {
        return findByIdOptional(accountId).map(AccountStateEntity::toDomain);
    }

    /**
     * The positions of the latest snapshot, by symbol. Read as values, not entities: every decision reads them all
     * (a hundred rows and more), and managed copies would only be hydrated, then dirty-checked at every flush.
     */
    public Map<String, Position> positions(String accountId) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Object[] row : getEntityManager().createQuery("""
                select symbol, quantity, avgEntryPrice, currentPrice from AccountPositionEntity
                where accountId = :account order by symbol""", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            positions.put((String) row[0], new Position((String) row[0], (BigDecimal) row[1], (BigDecimal) row[2],
                    (BigDecimal) row[3]));
        }
        return positions;
    }
}

package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.IntradayValue;
import dev.tradeguard.monitor.domain.LatestSnapshot;
import dev.tradeguard.platform.persistence.PlainDecimalConverter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * The account as snapshots and position changes left it (its newest values, one row per position), and the daily
 * closes that make the equity curve.
 *
 * <p>The writes are native upserts ({@code INSERT … ON CONFLICT DO UPDATE … WHERE}): each keeps a row only if the
 * event is newer than what is stored, in one statement that concurrent consumers cannot interleave. No entity of these
 * tables is loaded in a writing transaction, so none goes stale behind them.
 */
@ApplicationScoped
public class SnapshotRepository implements PanacheRepositoryBase<AccountSnapshotEntity, String> {

    /**
     * Keeps {@code snapshot} as the account's newest unless a newer snapshot is stored. The newest snapshot replaces
     * the account's values and positions, except what a change newer than it already set.
     *
     * @return empty if a newer snapshot is stored; else the symbols a change newer than the snapshot set (their
     *         rows are left as they are)
     */
    public Optional<Set<String>> storeLatest(AccountSnapshot snapshot) {
        // Native upsert: values newer than the stored ones win, column by column, in one statement.
        int stored = valuation("""
                INSERT INTO account_snapshot (account_id, strategy, occurred_at, snapshot_at, equity, last_equity,
                    cash, buying_power)
                VALUES (:accountId, :strategy, :occurredAt, :occurredAt, :equity, :lastEquity, :cash, :buyingPower)
                ON CONFLICT (account_id) DO UPDATE SET strategy = excluded.strategy,
                    snapshot_at = excluded.snapshot_at,
                    %s,
                    occurred_at = GREATEST(account_snapshot.occurred_at, excluded.occurred_at)
                WHERE account_snapshot.snapshot_at IS NULL OR account_snapshot.snapshot_at <= excluded.snapshot_at
                """.formatted(newerWins("account_snapshot", "occurred_at", "equity", "last_equity", "cash",
                        "buying_power")),
                snapshot.accountId(), snapshot.strategy(), snapshot.occurredAt(), snapshot.equity(),
                snapshot.lastEquity(), snapshot.cash())
                .setParameter("buyingPower", snapshot.buyingPower(), BigDecimal.class)
                .executeUpdate();
        if (stored != 1) {
            return Optional.empty();
        }
        replacePositions(snapshot);
        return Optional.of(new HashSet<>(getEntityManager().createQuery(
                "select symbol from AccountPositionEntity where accountId = :accountId and asOf > :at", String.class)
                .setParameter("accountId", snapshot.accountId())
                .setParameter("at", snapshot.occurredAt())
                .getResultList()));
    }

    private void replacePositions(AccountSnapshot snapshot) {
        List<String> held = snapshot.positions().stream().map(PositionSnapshot::symbol).toList();
        var gone = getEntityManager().createQuery("delete from AccountPositionEntity where accountId = :accountId"
                + " and asOf <= :at" + (held.isEmpty() ? "" : " and symbol not in :held"))
                .setParameter("accountId", snapshot.accountId())
                .setParameter("at", snapshot.occurredAt());
        if (!held.isEmpty()) {
            gone.setParameter("held", held);
        }
        gone.executeUpdate();
        for (PositionSnapshot position : snapshot.positions()) {
            storePosition(snapshot.accountId(), position, snapshot.occurredAt());
        }
    }

    /**
     * Sets the one position a change moved, as of {@code at}, unless a newer event set it; true if applied. A closed
     * position (quantity 0) stays as a row never read as held, so that a late, older change cannot reopen it.
     */
    public boolean storePosition(String accountId, PositionSnapshot position, Instant at) {
        // Native upsert: the row takes the position only if no newer event set it, in one statement.
        return statement("""
                INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price,
                    market_value, cost_basis, unrealized_pl, unrealized_pl_pct, as_of)
                VALUES (:accountId, :symbol, :quantity, :avgEntryPrice, :currentPrice, :marketValue, :costBasis,
                    :unrealizedPl, :unrealizedPlPct, :asOf)
                ON CONFLICT (account_id, symbol) DO UPDATE SET quantity = excluded.quantity,
                    avg_entry_price = excluded.avg_entry_price, current_price = excluded.current_price,
                    market_value = excluded.market_value, cost_basis = excluded.cost_basis,
                    unrealized_pl = excluded.unrealized_pl, unrealized_pl_pct = excluded.unrealized_pl_pct,
                    as_of = excluded.as_of
                WHERE account_position.as_of <= excluded.as_of
                """)
                .setParameter("accountId", accountId, String.class)
                .setParameter("symbol", position.symbol(), String.class)
                .setParameter("quantity", position.quantity(), BigDecimal.class)
                .setParameter("avgEntryPrice", position.avgEntryPrice(), BigDecimal.class)
                .setParameter("currentPrice", position.currentPrice(), BigDecimal.class)
                .setParameter("marketValue", position.marketValue(), BigDecimal.class)
                .setParameter("costBasis", position.costBasis(), BigDecimal.class)
                .setParameter("unrealizedPl", position.unrealizedPl(), BigDecimal.class)
                .setParameter("unrealizedPlPct", position.unrealizedPlPct(), BigDecimal.class)
                .setParameter("asOf", at, Instant.class)
                .executeUpdate() == 1;
    }

    /** Takes the account's equity, cash and buying power after {@code change} unless newer ones are stored. */
    public boolean storeValuation(PositionChanged change) {
        // Native upsert: the valuation replaces the stored one only if newer, in one statement.
        return valuation("""
                INSERT INTO account_snapshot (account_id, strategy, occurred_at, equity, last_equity, cash,
                    buying_power)
                VALUES (:accountId, :strategy, :occurredAt, :equity, :lastEquity, :cash, :buyingPower)
                ON CONFLICT (account_id) DO UPDATE SET
                    strategy = COALESCE(excluded.strategy, account_snapshot.strategy),
                    occurred_at = excluded.occurred_at, equity = excluded.equity,
                    last_equity = excluded.last_equity, cash = excluded.cash, buying_power = excluded.buying_power
                WHERE account_snapshot.occurred_at <= excluded.occurred_at
                """, change.accountId(), change.strategy(), change.occurredAt(), change.equity(), change.lastEquity(),
                change.cash())
                .setParameter("buyingPower", change.buyingPower(), BigDecimal.class)
                .executeUpdate() == 1;
    }

    /** Records the valuation at {@code at} as the day's close unless a later one of that day is stored. */
    public void storeClose(String accountId, String strategy, BigDecimal equity, BigDecimal lastEquity,
            BigDecimal cash, Instant at, LocalDate marketDate, boolean tradingDay) {
        // Native upsert: the later valuation of the day wins, and the day stays a trading day once one said so.
        valuation("""
                INSERT INTO equity_close (account_id, market_date, strategy, equity, last_equity, cash, snapshot_at,
                    trading_day)
                VALUES (:accountId, :marketDate, :strategy, :equity, :lastEquity, :cash, :occurredAt, :tradingDay)
                ON CONFLICT (account_id, market_date) DO UPDATE SET
                    strategy = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN COALESCE(excluded.strategy, equity_close.strategy) ELSE equity_close.strategy END,
                    %s,
                    snapshot_at = GREATEST(equity_close.snapshot_at, excluded.snapshot_at),
                    trading_day = equity_close.trading_day OR excluded.trading_day
                """.formatted(newerWins("equity_close", "snapshot_at", "equity", "last_equity", "cash")),
                accountId, strategy, at, equity, lastEquity, cash)
                .setParameter("marketDate", marketDate, LocalDate.class)
                .setParameter("tradingDay", tradingDay, Boolean.class)
                .executeUpdate();
    }

    /** Keeps one valuation of the account as a point of its intraday equity; a repeat of the same instant is kept once. */
    public void storeIntraday(String accountId, Instant at, LocalDate marketDate, BigDecimal equity) {
        statement("""
                INSERT INTO intraday_equity (account_id, occurred_at, market_date, equity)
                VALUES (:accountId, :occurredAt, :marketDate, :equity)
                ON CONFLICT (account_id, occurred_at) DO NOTHING
                """)
                .setParameter("accountId", accountId, String.class)
                .setParameter("occurredAt", at, Instant.class)
                .setParameter("marketDate", marketDate, LocalDate.class)
                .setParameter("equity", equity, BigDecimal.class)
                .executeUpdate();
    }

    /**
     * The accounts' valuations during {@code day} in time order, summed: at each instant, every account's latest
     * equity so far, from the first instant that all of them have one.
     */
    public List<IntradayValue> intraday(List<String> accountIds, LocalDate day) {
        List<IntradayEquityEntity> points = getEntityManager().createQuery("""
                from IntradayEquityEntity where accountId in :accounts and marketDate = :day
                order by occurredAt, accountId
                """, IntradayEquityEntity.class)
                .setParameter("accounts", accountIds)
                .setParameter("day", day)
                .getResultList();
        Map<String, BigDecimal> latest = new HashMap<>();
        List<IntradayValue> summed = new ArrayList<>();
        for (IntradayEquityEntity point : points) {
            latest.put(point.accountId, PlainDecimalConverter.plain(point.equity));
            if (latest.size() == new HashSet<>(accountIds).size()) {
                BigDecimal total = latest.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!summed.isEmpty() && summed.get(summed.size() - 1).at().equals(point.occurredAt)) {
                    summed.remove(summed.size() - 1);
                }
                summed.add(new IntradayValue(point.occurredAt, total));
            }
        }
        return summed;
    }

    /**
     * SET items by which each of {@code columns} keeps the newer of the stored and the incoming value, {@code clock}
     * telling which is newer: an upsert whose other columns take the event's whatever its age.
     */
    private static String newerWins(String table, String clock, String... columns) {
        return Arrays.stream(columns)
                .map(column -> "%s = CASE WHEN %s.%s <= excluded.%s THEN excluded.%s ELSE %s.%s END"
                        .formatted(column, table, clock, clock, column, table, column))
                .collect(Collectors.joining(", "));
    }

    /** A native statement whose parameters bind as their declared type, so a null binds as a typed null. */
    private NativeQuery<?> statement(String sql) {
        return getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    /** A native upsert of a valuation, its common parameters bound (:accountId … :cash). */
    private NativeQuery<?> valuation(String sql, String accountId, String strategy, Instant occurredAt,
            BigDecimal equity, BigDecimal lastEquity, BigDecimal cash) {
        return statement(sql)
                .setParameter("accountId", accountId, String.class)
                .setParameter("strategy", strategy, String.class)
                .setParameter("occurredAt", occurredAt, Instant.class)
                .setParameter("equity", equity, BigDecimal.class)
                .setParameter("lastEquity", lastEquity, BigDecimal.class)
                .setParameter("cash", cash, BigDecimal.class);
    }

    /** The summed trading-day closes of the accounts within [from, to], one per day. */
    public List<DailyValue> closes(List<String> accountIds, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                select marketDate, sum(equity) from EquityCloseEntity
                where accountId in :accounts and tradingDay = true and marketDate between :from and :to
                group by marketDate order by marketDate
                """, Object[].class)
                .setParameter("accounts", accountIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream()
                // a sum is no attribute: it reads back with the column's padding unless made plain
                .map(row -> new DailyValue((LocalDate) row[0], PlainDecimalConverter.plain((BigDecimal) row[1])))
                .toList();
    }

    /** The previous close (last_equity) the broker reported on the account's close of {@code day}. */
    public Optional<BigDecimal> lastEquity(String accountId, LocalDate day) {
        return getEntityManager().createQuery(
                "select lastEquity from EquityCloseEntity where accountId = :accountId and marketDate = :day",
                BigDecimal.class)
                .setParameter("accountId", accountId)
                .setParameter("day", day)
                .getResultStream().findFirst().map(PlainDecimalConverter::plain);
    }

    /** The first and last trading-day close of the account, or empty. */
    public Optional<LocalDate[]> closeSpan(String accountId) {
        Object[] span = getEntityManager().createQuery("""
                select min(marketDate), max(marketDate) from EquityCloseEntity
                where accountId = :accountId and tradingDay = true
                """, Object[].class)
                .setParameter("accountId", accountId)
                .getSingleResult();
        return span[0] == null ? Optional.empty()
                : Optional.of(new LocalDate[] {(LocalDate) span[0], (LocalDate) span[1]});
    }

    /** The account's newest values and the positions it holds now (by snapshot and later changes). */
    public Optional<LatestSnapshot> latest(String accountId) {
        List<LatestSnapshot> found = read("accountId = :accountId", Parameters.with("accountId", accountId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<LatestSnapshot> all() {
        return read("", new Parameters());
    }

    private List<LatestSnapshot> read(String where, Parameters parameters) {
        var positions = getEntityManager().createQuery("from AccountPositionEntity where "
                + (where.isEmpty() ? "" : where + " and ") + "quantity <> :zero order by accountId, symbol",
                AccountPositionEntity.class)
                .setParameter("zero", BigDecimal.ZERO);
        parameters.map().forEach(positions::setParameter);
        Map<String, List<PositionSnapshot>> held = positions.getResultStream()
                .collect(Collectors.groupingBy(position -> position.accountId,
                        Collectors.mapping(AccountPositionEntity::toDomain, Collectors.toList())));
        return find((where.isEmpty() ? "" : where + " ") + "order by accountId", parameters.map()).stream()
                .map(snapshot -> snapshot.toDomain(held.getOrDefault(snapshot.accountId, List.of())))
                .toList();
    }

    /** The accounts whose closes carry {@code strategy}. */
    public List<String> accountsOf(String strategy) {
        return getEntityManager().createQuery(
                "select distinct accountId from EquityCloseEntity where strategy = :strategy order by accountId",
                String.class)
                .setParameter("strategy", strategy)
                .getResultList();
    }
}

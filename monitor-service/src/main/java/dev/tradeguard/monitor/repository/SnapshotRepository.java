package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.decimal;
import static dev.tradeguard.monitor.repository.Jdbc.failure;
import static dev.tradeguard.monitor.repository.Jdbc.instant;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.monitor.domain.DailyValue;
import dev.tradeguard.monitor.domain.LatestSnapshot;
import io.agroal.api.AgroalDataSource;

/**
 * The account as snapshots and position changes left it (its newest values, one row per position), and the daily
 * closes that make the equity curve.
 */
@ApplicationScoped
public class SnapshotRepository {
    @Inject
    AgroalDataSource dataSource;

    /**
     * Keeps {@code snapshot} as the account's newest unless a newer snapshot is stored. The newest snapshot replaces
     * the account's values and positions, except what a change newer than it already set.
     *
     * @return empty if a newer snapshot is stored; else the symbols a change newer than the snapshot set (their
     *         rows are left as they are)
     */
    public Optional<Set<String>> storeLatest(AccountSnapshot snapshot) {
        String sql = """
                INSERT INTO account_snapshot (account_id, strategy, occurred_at, snapshot_at, equity, last_equity,
                    cash, buying_power)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET strategy = excluded.strategy,
                    snapshot_at = excluded.snapshot_at,
                    equity = CASE WHEN account_snapshot.occurred_at <= excluded.occurred_at
                        THEN excluded.equity ELSE account_snapshot.equity END,
                    last_equity = CASE WHEN account_snapshot.occurred_at <= excluded.occurred_at
                        THEN excluded.last_equity ELSE account_snapshot.last_equity END,
                    cash = CASE WHEN account_snapshot.occurred_at <= excluded.occurred_at
                        THEN excluded.cash ELSE account_snapshot.cash END,
                    buying_power = CASE WHEN account_snapshot.occurred_at <= excluded.occurred_at
                        THEN excluded.buying_power ELSE account_snapshot.buying_power END,
                    occurred_at = GREATEST(account_snapshot.occurred_at, excluded.occurred_at)
                WHERE account_snapshot.snapshot_at IS NULL OR account_snapshot.snapshot_at <= excluded.snapshot_at
                """;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, snapshot.accountId());
                statement.setString(2, snapshot.strategy());
                statement.setTimestamp(3, Timestamp.from(snapshot.occurredAt()));
                statement.setTimestamp(4, Timestamp.from(snapshot.occurredAt()));
                statement.setBigDecimal(5, snapshot.equity());
                statement.setBigDecimal(6, snapshot.lastEquity());
                statement.setBigDecimal(7, snapshot.cash());
                statement.setBigDecimal(8, snapshot.buyingPower());
                if (statement.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            replacePositions(connection, snapshot);
            return Optional.of(setAfter(connection, snapshot));
        } catch (SQLException e) {
            throw failure("store the snapshot of " + snapshot.accountId(), e);
        }
    }

    private static Set<String> setAfter(Connection connection, AccountSnapshot snapshot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT symbol FROM account_position WHERE account_id = ? AND as_of > ?")) {
            statement.setString(1, snapshot.accountId());
            statement.setTimestamp(2, Timestamp.from(snapshot.occurredAt()));
            Set<String> symbols = new HashSet<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    symbols.add(row.getString(1));
                }
            }
            return symbols;
        }
    }

    private static void replacePositions(Connection connection, AccountSnapshot snapshot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM account_position WHERE account_id = ? AND as_of <= ? AND NOT (symbol = ANY (?))")) {
            statement.setString(1, snapshot.accountId());
            statement.setTimestamp(2, Timestamp.from(snapshot.occurredAt()));
            statement.setArray(3, connection.createArrayOf("varchar",
                    snapshot.positions().stream().map(PositionSnapshot::symbol).toArray()));
            statement.executeUpdate();
        }
        if (snapshot.positions().isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_POSITION)) {
            for (PositionSnapshot position : snapshot.positions()) {
                bindPosition(statement, snapshot.accountId(), position, snapshot.occurredAt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static final String UPSERT_POSITION = """
            INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price, market_value,
                cost_basis, unrealized_pl, unrealized_pl_pct, as_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id, symbol) DO UPDATE SET quantity = excluded.quantity,
                avg_entry_price = excluded.avg_entry_price, current_price = excluded.current_price,
                market_value = excluded.market_value, cost_basis = excluded.cost_basis,
                unrealized_pl = excluded.unrealized_pl, unrealized_pl_pct = excluded.unrealized_pl_pct,
                as_of = excluded.as_of
            WHERE account_position.as_of <= excluded.as_of
            """;

    private static void bindPosition(PreparedStatement statement, String accountId, PositionSnapshot position,
            Instant asOf) throws SQLException {
        statement.setString(1, accountId);
        statement.setString(2, position.symbol());
        statement.setBigDecimal(3, position.quantity());
        statement.setBigDecimal(4, position.avgEntryPrice());
        statement.setBigDecimal(5, position.currentPrice());
        statement.setBigDecimal(6, position.marketValue());
        statement.setBigDecimal(7, position.costBasis());
        statement.setBigDecimal(8, position.unrealizedPl());
        statement.setBigDecimal(9, position.unrealizedPlPct());
        statement.setTimestamp(10, Timestamp.from(asOf));
    }

    /**
     * Sets the one position a change moved, as of {@code at}, unless a newer event set it; true if applied. A closed
     * position (quantity 0) stays as a row never read as held, so that a late, older change cannot reopen it.
     */
    public boolean storePosition(String accountId, PositionSnapshot position, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(UPSERT_POSITION)) {
            bindPosition(statement, accountId, position, at);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store the position " + position.symbol() + " of " + accountId, e);
        }
    }

    /** Takes the account's equity, cash and buying power after {@code change} unless newer ones are stored. */
    public boolean storeValuation(PositionChanged change) {
        String sql = """
                INSERT INTO account_snapshot (account_id, strategy, occurred_at, equity, last_equity, cash,
                    buying_power)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET
                    strategy = COALESCE(excluded.strategy, account_snapshot.strategy),
                    occurred_at = excluded.occurred_at, equity = excluded.equity,
                    last_equity = excluded.last_equity, cash = excluded.cash, buying_power = excluded.buying_power
                WHERE account_snapshot.occurred_at <= excluded.occurred_at
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, change.accountId());
            statement.setString(2, change.strategy());
            statement.setTimestamp(3, Timestamp.from(change.occurredAt()));
            statement.setBigDecimal(4, change.equity());
            statement.setBigDecimal(5, change.lastEquity());
            statement.setBigDecimal(6, change.cash());
            statement.setBigDecimal(7, change.buyingPower());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store the equity of " + change.accountId(), e);
        }
    }

    /** Records the valuation at {@code at} as the day's close unless a later one of that day is stored. */
    public void storeClose(String accountId, String strategy, BigDecimal equity, BigDecimal lastEquity,
            BigDecimal cash, Instant at, LocalDate marketDate, boolean tradingDay) {
        String sql = """
                INSERT INTO equity_close (account_id, market_date, strategy, equity, last_equity, cash, snapshot_at,
                    trading_day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, market_date) DO UPDATE SET
                    strategy = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN COALESCE(excluded.strategy, equity_close.strategy) ELSE equity_close.strategy END,
                    equity = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.equity ELSE equity_close.equity END,
                    last_equity = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.last_equity ELSE equity_close.last_equity END,
                    cash = CASE WHEN equity_close.snapshot_at <= excluded.snapshot_at
                        THEN excluded.cash ELSE equity_close.cash END,
                    snapshot_at = GREATEST(equity_close.snapshot_at, excluded.snapshot_at),
                    trading_day = equity_close.trading_day OR excluded.trading_day
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, accountId);
            statement.setDate(2, Date.valueOf(marketDate));
            statement.setString(3, strategy);
            statement.setBigDecimal(4, equity);
            statement.setBigDecimal(5, lastEquity);
            statement.setBigDecimal(6, cash);
            statement.setTimestamp(7, Timestamp.from(at));
            statement.setBoolean(8, tradingDay);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("store the daily close of " + accountId, e);
        }
    }

    /** The summed trading-day closes of the accounts within [from, to], one per day. */
    public List<DailyValue> closes(List<String> accountIds, LocalDate from, LocalDate to) {
        String sql = """
                SELECT market_date, SUM(equity) AS equity FROM equity_close
                WHERE account_id = ANY (?) AND trading_day AND market_date BETWEEN ? AND ?
                GROUP BY market_date ORDER BY market_date
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", accountIds.toArray()));
            statement.setDate(2, Date.valueOf(from));
            statement.setDate(3, Date.valueOf(to));
            List<DailyValue> closes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    closes.add(new DailyValue(row.getDate("market_date").toLocalDate(), decimal(row, "equity")));
                }
            }
            return closes;
        } catch (SQLException e) {
            throw failure("read the daily closes of " + accountIds, e);
        }
    }

    /** The previous close (last_equity) the broker reported on the account's close of {@code day}. */
    public Optional<BigDecimal> lastEquity(String accountId, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT last_equity FROM equity_close WHERE account_id = ? AND market_date = ?")) {
            statement.setString(1, accountId);
            statement.setDate(2, Date.valueOf(day));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(decimal(row, "last_equity")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the close of " + accountId, e);
        }
    }

    /** The first and last trading-day close of the account, or empty. */
    public Optional<LocalDate[]> closeSpan(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT MIN(market_date) AS first, MAX(market_date) AS last FROM equity_close"
                                + " WHERE account_id = ? AND trading_day")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next() && row.getDate("first") != null) {
                    return Optional.of(new LocalDate[] {row.getDate("first").toLocalDate(),
                            row.getDate("last").toLocalDate()});
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the closes of " + accountId, e);
        }
    }

    /** The account's newest values and the positions it holds now (by snapshot and later changes). */
    public Optional<LatestSnapshot> latest(String accountId) {
        List<LatestSnapshot> found = read("WHERE account_id = ?", List.of(accountId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<LatestSnapshot> all() {
        return read("", List.of());
    }

    private List<LatestSnapshot> read(String where, List<String> parameters) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<PositionSnapshot>> held = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM account_position " + where
                    + (where.isEmpty() ? "WHERE" : " AND") + " quantity <> 0 ORDER BY account_id, symbol")) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        held.computeIfAbsent(row.getString("account_id"), ignored -> new ArrayList<>())
                                .add(new PositionSnapshot(row.getString("symbol"), decimal(row, "quantity"),
                                        decimal(row, "avg_entry_price"), decimal(row, "current_price"),
                                        decimal(row, "market_value"), decimal(row, "cost_basis"),
                                        decimal(row, "unrealized_pl"), decimal(row, "unrealized_pl_pct")));
                    }
                }
            }
            List<LatestSnapshot> snapshots = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM account_snapshot " + where + " ORDER BY account_id")) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        String account = row.getString("account_id");
                        snapshots.add(new LatestSnapshot(account, row.getString("strategy"),
                                instant(row, "occurred_at"), decimal(row, "equity"), decimal(row, "last_equity"),
                                decimal(row, "cash"), decimal(row, "buying_power"),
                                List.copyOf(held.getOrDefault(account, List.of()))));
                    }
                }
            }
            return snapshots;
        } catch (SQLException e) {
            throw failure("read the snapshots " + parameters, e);
        }
    }

    private static void bind(PreparedStatement statement, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
    }

    /** The accounts whose newest snapshot or any close carries {@code strategy}. */
    public List<String> accountsOf(String strategy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT DISTINCT account_id FROM equity_close WHERE strategy = ? ORDER BY account_id")) {
            statement.setString(1, strategy);
            List<String> accounts = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    accounts.add(row.getString(1));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw failure("read the accounts of " + strategy, e);
        }
    }
}

package dev.tradeguard.risk.repository;

import static dev.tradeguard.risk.repository.Jdbc.decimal;
import static dev.tradeguard.risk.repository.Jdbc.failure;
import static dev.tradeguard.risk.repository.Jdbc.instant;
import static dev.tradeguard.risk.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.domain.PriceFreshness;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class AccountStateRepository {
    @Inject
    AgroalDataSource dataSource;

    /**
     * Replaces the account and all its positions with a snapshot unless a newer event is stored already (snapshots
     * may arrive out of order), raising the high-water mark. Returns the state now stored, empty when ignored.
     */
    public Optional<AccountState> replaceIfNewer(AccountState state, List<Position> positions, UUID eventId) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<AccountState> stored = upsertAccount(connection, state, eventId, "<");
            if (stored.isEmpty()) {
                return stored;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM account_position WHERE account_id = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price)"
                                    + " VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, state.accountId());
                delete.executeUpdate();
                for (Position position : positions) {
                    bindPosition(insert, state.accountId(), position);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return stored;
        } catch (SQLException e) {
            throw failure("store account state of " + state.accountId(), e);
        }
    }

    /**
     * Applies one position change: the account's values and that one position row (removed when its quantity is 0),
     * unless a newer event of the account is stored. Two statements whatever the account holds: this runs on every
     * tick. Returns the state now stored, empty when ignored.
     */
    public Optional<AccountState> applyIfNotOlder(AccountState state, Position position, UUID eventId) {
        try (Connection connection = dataSource.getConnection()) {
            // a change at the same instant as the stored one still applies: two symbols can move in one millisecond
            Optional<AccountState> stored = upsertAccount(connection, state, eventId, "<=");
            if (stored.isEmpty()) {
                return stored;
            }
            if (position.quantity().signum() == 0) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM account_position WHERE account_id = ? AND symbol = ?")) {
                    delete.setString(1, state.accountId());
                    delete.setString(2, position.symbol());
                    delete.executeUpdate();
                }
            } else {
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (account_id, symbol) DO UPDATE SET quantity = EXCLUDED.quantity,
                            avg_entry_price = EXCLUDED.avg_entry_price, current_price = EXCLUDED.current_price
                        """)) {
                    bindPosition(upsert, state.accountId(), position);
                    upsert.executeUpdate();
                }
            }
            return stored;
        } catch (SQLException e) {
            throw failure("apply a position change of " + state.accountId(), e);
        }
    }

    private static Optional<AccountState> upsertAccount(Connection connection, AccountState state, UUID eventId,
            String notOlderThan) throws SQLException {
        String sql = """
                INSERT INTO account_state (account_id, equity, last_equity, cash, buying_power, positions,
                                           market_open, snapshot_at, event_id, high_water_mark, heard_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET
                    equity = EXCLUDED.equity, last_equity = EXCLUDED.last_equity, cash = EXCLUDED.cash,
                    buying_power = EXCLUDED.buying_power, positions = EXCLUDED.positions,
                    market_open = EXCLUDED.market_open, snapshot_at = EXCLUDED.snapshot_at,
                    event_id = EXCLUDED.event_id,
                    high_water_mark = GREATEST(COALESCE(account_state.high_water_mark, EXCLUDED.equity), EXCLUDED.equity),
                    heard_at = GREATEST(account_state.heard_at, EXCLUDED.heard_at)
                WHERE account_state.snapshot_at %s EXCLUDED.snapshot_at
                RETURNING *
                """.formatted(notOlderThan);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.accountId());
            statement.setBigDecimal(2, state.equity());
            statement.setBigDecimal(3, state.lastEquity());
            statement.setBigDecimal(4, state.cash());
            statement.setBigDecimal(5, state.buyingPower());
            statement.setInt(6, state.positions());
            statement.setBoolean(7, state.marketOpen());
            statement.setTimestamp(8, timestamp(state.snapshotAt()));
            statement.setObject(9, eventId);
            statement.setBigDecimal(10, state.equity());
            statement.setTimestamp(11, timestamp(state.snapshotAt()));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(accountState(row)) : Optional.empty();
            }
        }
    }

    private static void bindPosition(PreparedStatement statement, String accountId, Position position)
            throws SQLException {
        statement.setString(1, accountId);
        statement.setString(2, position.symbol());
        statement.setBigDecimal(3, position.quantity());
        statement.setBigDecimal(4, position.avgEntryPrice());
        statement.setBigDecimal(5, position.currentPrice());
    }

    /**
     * Stores a market-data status unless a newer one is stored; {@code since} moves only when freshness flips, so it
     * says how long prices have been stale. Any status counts as hearing from execution-service.
     */
    public void recordPriceFreshness(String accountId, boolean fresh, String reason, String staleSymbols,
            Instant occurredAt, UUID eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO market_data_status (account_id, fresh, reason, stale_symbols, since, occurred_at,
                                                        event_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET fresh = EXCLUDED.fresh, reason = EXCLUDED.reason,
                            stale_symbols = EXCLUDED.stale_symbols,
                            since = CASE WHEN market_data_status.fresh = EXCLUDED.fresh
                                         THEN market_data_status.since ELSE EXCLUDED.since END,
                            occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id
                        WHERE market_data_status.occurred_at <= EXCLUDED.occurred_at
                        """);
                PreparedStatement heard = connection.prepareStatement(
                        "UPDATE account_state SET heard_at = ? WHERE account_id = ? AND heard_at < ?")) {
            upsert.setString(1, accountId);
            upsert.setBoolean(2, fresh);
            upsert.setString(3, reason);
            upsert.setString(4, staleSymbols);
            upsert.setTimestamp(5, timestamp(occurredAt));
            upsert.setTimestamp(6, timestamp(occurredAt));
            upsert.setObject(7, eventId);
            upsert.executeUpdate();
            heard.setTimestamp(1, timestamp(occurredAt));
            heard.setString(2, accountId);
            heard.setTimestamp(3, timestamp(occurredAt));
            heard.executeUpdate();
        } catch (SQLException e) {
            throw failure("store market-data status of " + accountId, e);
        }
    }

    /** The account's latest market-data freshness; empty when execution-service has not reported one. */
    public Optional<PriceFreshness> priceFreshness(String accountId) {
        return one("SELECT fresh, reason, since, stale_symbols FROM market_data_status WHERE account_id = ?",
                accountId, row -> new PriceFreshness(row.getBoolean("fresh"), row.getString("reason"),
                        instant(row.getTimestamp("since")), row.getString("stale_symbols")),
                "read market-data status of ");
    }

    public Optional<AccountState> find(String accountId) {
        return one("SELECT * FROM account_state WHERE account_id = ?", accountId,
                AccountStateRepository::accountState, "read account state of ");
    }

    private interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> one(String sql, String accountId, Row<T> mapper, String what) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(mapper.map(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(what + accountId, e);
        }
    }

    private static AccountState accountState(ResultSet row) throws SQLException {
        return new AccountState(row.getString("account_id"), decimal(row, "equity"), decimal(row, "last_equity"),
                decimal(row, "cash"), decimal(row, "buying_power"), row.getInt("positions"),
                row.getBoolean("market_open"), instant(row.getTimestamp("snapshot_at")),
                decimal(row, "high_water_mark"), instant(row.getTimestamp("heard_at")));
    }

    /** The positions of the latest snapshot, by symbol. */
    public Map<String, Position> positions(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM account_position WHERE account_id = ? ORDER BY symbol")) {
            statement.setString(1, accountId);
            Map<String, Position> positions = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    positions.put(row.getString("symbol"), new Position(row.getString("symbol"),
                            decimal(row, "quantity"), decimal(row, "avg_entry_price"),
                            decimal(row, "current_price")));
                }
            }
            return positions;
        } catch (SQLException e) {
            throw failure("read positions of " + accountId, e);
        }
    }
}

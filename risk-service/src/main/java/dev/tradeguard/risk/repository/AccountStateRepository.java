package dev.tradeguard.risk.repository;

import static dev.tradeguard.risk.repository.Jdbc.decimal;
import static dev.tradeguard.risk.repository.Jdbc.failure;
import static dev.tradeguard.risk.repository.Jdbc.instant;
import static dev.tradeguard.risk.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Position;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class AccountStateRepository {
    @Inject
    AgroalDataSource dataSource;

    /**
     * Stores the snapshot and its positions unless a newer snapshot is stored already (snapshots may arrive out of
     * order), raising the high-water mark. Returns whether it was stored.
     */
    public boolean upsertIfNewer(AccountState state, List<Position> positions, UUID eventId) {
        String sql = """
                INSERT INTO account_state (account_id, equity, last_equity, cash, buying_power, positions,
                                           market_open, snapshot_at, event_id, high_water_mark)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET
                    equity = EXCLUDED.equity, last_equity = EXCLUDED.last_equity, cash = EXCLUDED.cash,
                    buying_power = EXCLUDED.buying_power, positions = EXCLUDED.positions,
                    market_open = EXCLUDED.market_open, snapshot_at = EXCLUDED.snapshot_at,
                    event_id = EXCLUDED.event_id,
                    high_water_mark = GREATEST(COALESCE(account_state.high_water_mark, EXCLUDED.equity), EXCLUDED.equity)
                WHERE account_state.snapshot_at < EXCLUDED.snapshot_at
                """;
        try (Connection connection = dataSource.getConnection()) {
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
                if (statement.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM account_position WHERE account_id = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO account_position (account_id, symbol, quantity, avg_entry_price, current_price)"
                                    + " VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, state.accountId());
                delete.executeUpdate();
                for (Position position : positions) {
                    insert.setString(1, state.accountId());
                    insert.setString(2, position.symbol());
                    insert.setBigDecimal(3, position.quantity());
                    insert.setBigDecimal(4, position.avgEntryPrice());
                    insert.setBigDecimal(5, position.currentPrice());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw failure("store account state of " + state.accountId(), e);
        }
    }

    public Optional<AccountState> find(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM account_state WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AccountState(row.getString("account_id"), decimal(row, "equity"),
                        decimal(row, "last_equity"), decimal(row, "cash"),
                        decimal(row, "buying_power"), row.getInt("positions"), row.getBoolean("market_open"),
                        instant(row.getTimestamp("snapshot_at")), decimal(row, "high_water_mark")));
            }
        } catch (SQLException e) {
            throw failure("read account state of " + accountId, e);
        }
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

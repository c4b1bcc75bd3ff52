package dev.tradeguard.risk.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.risk.domain.AccountState;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class AccountStateRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Stores the state unless a newer snapshot is stored already (snapshots may arrive out of order). */
    public void upsertIfNewer(AccountState state, UUID eventId) {
        String sql = """
                INSERT INTO account_state (account_id, equity, last_equity, cash, buying_power, positions,
                                           market_open, snapshot_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET
                    equity = EXCLUDED.equity, last_equity = EXCLUDED.last_equity, cash = EXCLUDED.cash,
                    buying_power = EXCLUDED.buying_power, positions = EXCLUDED.positions,
                    market_open = EXCLUDED.market_open, snapshot_at = EXCLUDED.snapshot_at,
                    event_id = EXCLUDED.event_id
                WHERE account_state.snapshot_at < EXCLUDED.snapshot_at
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.accountId());
            statement.setBigDecimal(2, state.equity());
            statement.setBigDecimal(3, state.lastEquity());
            statement.setBigDecimal(4, state.cash());
            statement.setBigDecimal(5, state.buyingPower());
            statement.setInt(6, state.positions());
            statement.setBoolean(7, state.marketOpen());
            statement.setTimestamp(8, Timestamp.from(state.snapshotAt()));
            statement.setObject(9, eventId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store account state of " + state.accountId(), e);
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
                return Optional.of(new AccountState(row.getString("account_id"), row.getBigDecimal("equity"),
                        row.getBigDecimal("last_equity"), row.getBigDecimal("cash"),
                        row.getBigDecimal("buying_power"), row.getInt("positions"), row.getBoolean("market_open"),
                        row.getTimestamp("snapshot_at").toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account state of " + accountId, e);
        }
    }
}

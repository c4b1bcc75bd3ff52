package dev.tradeguard.execution.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.execution.domain.KnownTradingState;
import dev.tradeguard.model.TradingState;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class KnownTradingStateRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Keeps the latest change per account; a change older than the stored one is ignored (returns false). */
    public boolean saveIfNewer(KnownTradingState state, UUID eventId) {
        String sql = """
                INSERT INTO known_trading_state (account_id, state, reason, changed_by, changed_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET
                    state = EXCLUDED.state, reason = EXCLUDED.reason, changed_by = EXCLUDED.changed_by,
                    changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
                WHERE known_trading_state.changed_at <= EXCLUDED.changed_at
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.accountId());
            statement.setString(2, state.state().name());
            statement.setString(3, state.reason());
            statement.setString(4, state.changedBy());
            statement.setTimestamp(5, Timestamp.from(state.changedAt()));
            statement.setObject(6, eventId);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the trading state of " + state.accountId(), e);
        }
    }

    public Optional<KnownTradingState> find(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM known_trading_state WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new KnownTradingState(row.getString("account_id"),
                                TradingState.valueOf(row.getString("state")), row.getString("reason"),
                                row.getString("changed_by"), row.getTimestamp("changed_at").toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the trading state of " + accountId, e);
        }
    }
}

package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.failure;
import static dev.tradeguard.monitor.repository.Jdbc.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.TradingStateChanged;
import io.agroal.api.AgroalDataSource;

/** Kill-switch changes seen on the trading-state topic. */
@ApplicationScoped
public class TradingStateRepository {
    @Inject
    AgroalDataSource dataSource;

    public void insert(TradingStateChanged change) {
        String sql = """
                INSERT INTO trading_state_change (event_id, account_id, state, previous_state, reason, changed_by,
                    occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, change.eventId());
            statement.setString(2, change.accountId());
            statement.setString(3, change.state().name());
            statement.setString(4, change.previousState() == null ? null : change.previousState().name());
            statement.setString(5, change.reason());
            statement.setString(6, change.changedBy());
            statement.setTimestamp(7, Timestamp.from(change.occurredAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the trading state of " + change.accountId(), e);
        }
    }

    public Optional<Instant> lastHalted(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT MAX(occurred_at) AS halted FROM trading_state_change"
                                + " WHERE account_id = ? AND state = ?")) {
            statement.setString(1, accountId);
            statement.setString(2, TradingState.HALTED.name());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(instant(row, "halted")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the trading state of " + accountId, e);
        }
    }
}

package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.repository.Jdbc.decimal;
import static dev.tradeguard.monitor.repository.Jdbc.failure;
import static dev.tradeguard.monitor.repository.Jdbc.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.monitor.domain.Direction;
import dev.tradeguard.monitor.domain.PositionEpisode;
import io.agroal.api.AgroalDataSource;

/** Positions as snapshots and changes showed them: when each appeared, its stop, and when it was gone. */
@ApplicationScoped
public class PositionEpisodeRepository {
    @Inject
    AgroalDataSource dataSource;

    /** The account's open episodes by symbol. */
    public Map<String, PositionEpisode> open(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM position_episode WHERE account_id = ? AND closed_at IS NULL")) {
            statement.setString(1, accountId);
            Map<String, PositionEpisode> open = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    PositionEpisode episode = episode(row);
                    open.put(episode.symbol(), episode);
                }
            }
            return open;
        } catch (SQLException e) {
            throw failure("read the positions of " + accountId, e);
        }
    }

    /** The account's open episode in {@code symbol}, if any: a position change looks at its one position only. */
    public Optional<PositionEpisode> open(String accountId, String symbol) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT * FROM position_episode"
                        + " WHERE account_id = ? AND symbol = ? AND closed_at IS NULL")) {
            statement.setString(1, accountId);
            statement.setString(2, symbol);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(episode(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the position " + symbol + " of " + accountId, e);
        }
    }

    private static PositionEpisode episode(ResultSet row) throws SQLException {
        return new PositionEpisode(row.getLong("id"), row.getString("account_id"), row.getString("symbol"),
                Direction.valueOf(row.getString("direction")), instant(row, "opened_at"), decimal(row, "stop_loss"),
                decimal(row, "take_profit"), row.getString("recommendation_id"));
    }

    public PositionEpisode open(PositionEpisode episode) {
        String sql = """
                INSERT INTO position_episode (account_id, symbol, direction, opened_at, stop_loss, take_profit,
                    recommendation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, episode.accountId());
            statement.setString(2, episode.symbol());
            statement.setString(3, episode.direction().name());
            statement.setTimestamp(4, Timestamp.from(episode.openedAt()));
            statement.setBigDecimal(5, episode.stopLoss());
            statement.setBigDecimal(6, episode.takeProfit());
            statement.setString(7, episode.recommendationId());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return episode.withId(row.getLong(1));
            }
        } catch (SQLException e) {
            throw failure("record the position " + episode.symbol(), e);
        }
    }

    public void attachStop(long id, java.math.BigDecimal stopLoss, java.math.BigDecimal takeProfit,
            String recommendationId) {
        update("UPDATE position_episode SET stop_loss = ?, take_profit = ?, recommendation_id = ? WHERE id = ?",
                statement -> {
                    statement.setBigDecimal(1, stopLoss);
                    statement.setBigDecimal(2, takeProfit);
                    statement.setString(3, recommendationId);
                    statement.setLong(4, id);
                });
    }

    public void close(long id, Instant closedAt) {
        update("UPDATE position_episode SET closed_at = ? WHERE id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(closedAt));
            statement.setLong(2, id);
        });
    }

    /** [positions observed, of which without a stop] for the account. */
    public long[] stopCoverage(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) AS observed, COUNT(*) FILTER (WHERE stop_loss IS NULL) AS without_stop"
                                + " FROM position_episode WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong("observed"), row.getLong("without_stop")};
            }
        } catch (SQLException e) {
            throw failure("count the positions of " + accountId, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("update a position", e);
        }
    }
}

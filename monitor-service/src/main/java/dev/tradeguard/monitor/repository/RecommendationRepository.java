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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class RecommendationRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Stores the recommendation once; a redelivery (same recommendation id) is ignored. */
    public boolean insert(Recommendation recommendation) {
        String sql = """
                INSERT INTO recommendation (recommendation_id, event_id, account_id, strategy, symbol, side,
                    limit_price, stop_loss, take_profit, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (recommendation_id) DO NOTHING
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, recommendation.recommendationId());
            statement.setObject(2, recommendation.eventId());
            statement.setString(3, recommendation.accountId());
            statement.setString(4, recommendation.strategy());
            statement.setString(5, recommendation.symbol());
            statement.setString(6, recommendation.side().name());
            statement.setBigDecimal(7, recommendation.limitPrice());
            statement.setBigDecimal(8, recommendation.stopLoss());
            statement.setBigDecimal(9, recommendation.takeProfit());
            statement.setTimestamp(10, Timestamp.from(recommendation.occurredAt()));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store recommendation " + recommendation.recommendationId(), e);
        }
    }

    public Optional<StoredRecommendation> find(String recommendationId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM recommendation WHERE recommendation_id = ?")) {
            statement.setString(1, recommendationId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read recommendation " + recommendationId, e);
        }
    }

    /**
     * The newest recommendation with a stop loss for the account and symbol that opens a position the given way
     * (BUY opens a long; SELL_SHORT or SELL opens a short), made no later than {@code notAfter}.
     */
    public Optional<StoredRecommendation> latestWithStop(String accountId, String symbol, boolean shortPosition,
            Instant notAfter) {
        String sql = """
                SELECT * FROM recommendation
                WHERE account_id = ? AND symbol = ? AND stop_loss IS NOT NULL AND occurred_at <= ?
                  AND side IN (?, ?)
                ORDER BY occurred_at DESC LIMIT 1
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, accountId);
            statement.setString(2, symbol);
            statement.setTimestamp(3, Timestamp.from(notAfter));
            statement.setString(4, shortPosition ? Side.SELL_SHORT.name() : Side.BUY.name());
            statement.setString(5, shortPosition ? Side.SELL.name() : Side.BUY.name());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("find the stop of " + symbol, e);
        }
    }

    public List<StoredRecommendation> find(List<String> accountIds, String strategy, Instant from, Instant until) {
        String sql = """
                SELECT * FROM recommendation
                WHERE account_id = ANY (?) AND (CAST(? AS VARCHAR) IS NULL OR strategy = ?)
                  AND occurred_at >= ? AND occurred_at < ?
                ORDER BY occurred_at
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", accountIds.toArray()));
            statement.setString(2, strategy);
            statement.setString(3, strategy);
            statement.setTimestamp(4, Timestamp.from(from));
            statement.setTimestamp(5, Timestamp.from(until));
            List<StoredRecommendation> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(read(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("read recommendations of " + accountIds, e);
        }
    }

    private static StoredRecommendation read(ResultSet row) throws SQLException {
        return new StoredRecommendation(row.getString("recommendation_id"), row.getString("account_id"),
                row.getString("strategy"), row.getString("symbol"), Side.valueOf(row.getString("side")),
                decimal(row, "limit_price"), decimal(row, "stop_loss"), decimal(row, "take_profit"),
                instant(row, "occurred_at"));
    }
}

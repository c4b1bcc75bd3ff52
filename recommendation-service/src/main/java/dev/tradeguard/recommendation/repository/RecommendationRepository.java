package dev.tradeguard.recommendation.repository;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.RecommendationQuery;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class RecommendationRepository {
    private static final String COLUMNS = "id, event_id, schema_version, account_id, strategy, symbol, side,"
            + " quantity, limit_price, stop_loss, take_profit, confidence, source, rationale, catalyst, catalyst_date,"
            + " valid_until, occurred_at, market_date, status, status_reason, origin, submitted_by, import_id,"
            + " source_line, created_at";

    @Inject
    AgroalDataSource dataSource;

    public void insert(StoredRecommendation stored) {
        Recommendation event = stored.event();
        String sql = "INSERT INTO recommendation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, stored.id());
            insert.setObject(2, event.eventId());
            insert.setInt(3, event.schemaVersion());
            insert.setString(4, event.accountId());
            insert.setString(5, event.strategy());
            insert.setString(6, event.symbol());
            insert.setString(7, event.side() == null ? null : event.side().name());
            insert.setBigDecimal(8, event.quantity());
            insert.setBigDecimal(9, event.limitPrice());
            insert.setBigDecimal(10, event.stopLoss());
            insert.setBigDecimal(11, event.takeProfit());
            insert.setBigDecimal(12, event.confidence());
            insert.setString(13, event.source());
            insert.setString(14, event.rationale());
            insert.setString(15, event.catalyst());
            insert.setObject(16, event.catalystDate() == null ? null : Date.valueOf(event.catalystDate()), Types.DATE);
            insert.setTimestamp(17, event.validUntil() == null ? null : Timestamp.from(event.validUntil()));
            insert.setTimestamp(18, Timestamp.from(event.occurredAt()));
            insert.setDate(19, Date.valueOf(stored.marketDate()));
            insert.setString(20, stored.status().name());
            insert.setString(21, stored.statusReason());
            insert.setString(22, stored.origin().name());
            insert.setString(23, stored.submittedBy());
            insert.setObject(24, stored.importId());
            insert.setObject(25, stored.sourceLine(), Types.INTEGER);
            insert.setTimestamp(26, Timestamp.from(stored.createdAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store recommendation " + stored.id(), e);
        }
    }

    public Optional<StoredRecommendation> find(UUID id) {
        List<StoredRecommendation> found = select("SELECT " + COLUMNS + " FROM recommendation WHERE id = ?",
                List.of(id), 1);
        return found.stream().findFirst();
    }

    /** The published recommendation for the same account, strategy, symbol, side and market day, if any. */
    public Optional<UUID> findPublishedTwin(Recommendation event, java.time.LocalDate marketDate) {
        String sql = "SELECT id FROM recommendation WHERE account_id = ? AND strategy = ? AND symbol = ? AND side = ?"
                + " AND market_date = ? AND status = 'PUBLISHED'";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, event.accountId());
            select.setString(2, event.strategy());
            select.setString(3, event.symbol());
            select.setString(4, event.side().name());
            select.setDate(5, Date.valueOf(marketDate));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for a twin of " + event.symbol(), e);
        }
    }

    public List<StoredRecommendation> search(RecommendationQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM recommendation WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (query.marketDate() != null) {
            sql.append(" AND market_date = ?");
            parameters.add(Date.valueOf(query.marketDate()));
        }
        if (query.strategy() != null) {
            sql.append(" AND strategy = ?");
            parameters.add(query.strategy());
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(query.status().name());
        }
        if (query.symbol() != null) {
            sql.append(" AND symbol = ?");
            parameters.add(query.symbol());
        }
        sql.append(" ORDER BY created_at DESC, source_line, id LIMIT ?");
        parameters.add(query.limit());
        return select(sql.toString(), parameters, query.limit());
    }

    public List<StoredRecommendation> findByImport(UUID importId) {
        return select("SELECT " + COLUMNS + " FROM recommendation WHERE import_id = ? ORDER BY source_line",
                List.of(importId), Integer.MAX_VALUE);
    }

    private List<StoredRecommendation> select(String sql, List<Object> parameters, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<StoredRecommendation> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next() && found.size() < limit) {
                    found.add(read(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read recommendations", e);
        }
    }

    private static StoredRecommendation read(ResultSet row) throws SQLException {
        String side = row.getString("side");
        Date catalystDate = row.getDate("catalyst_date");
        Timestamp validUntil = row.getTimestamp("valid_until");
        UUID id = row.getObject("id", UUID.class);
        Recommendation event = new Recommendation(row.getObject("event_id", UUID.class), row.getInt("schema_version"),
                row.getString("account_id"), row.getString("strategy"), row.getTimestamp("occurred_at").toInstant(),
                id.toString(), row.getString("symbol"), side == null ? null : Side.valueOf(side),
                row.getBigDecimal("quantity"), row.getBigDecimal("limit_price"), row.getBigDecimal("stop_loss"),
                row.getBigDecimal("take_profit"), row.getBigDecimal("confidence"), row.getString("source"),
                row.getString("rationale"), row.getString("catalyst"),
                catalystDate == null ? null : catalystDate.toLocalDate(),
                validUntil == null ? null : validUntil.toInstant());
        int line = row.getInt("source_line");
        Integer sourceLine = row.wasNull() ? null : line;
        return new StoredRecommendation(event, RecommendationStatus.valueOf(row.getString("status")),
                row.getString("status_reason"), row.getDate("market_date").toLocalDate(),
                Origin.valueOf(row.getString("origin")), row.getString("submitted_by"),
                row.getObject("import_id", UUID.class), sourceLine,
                row.getTimestamp("created_at").toInstant());
    }
}

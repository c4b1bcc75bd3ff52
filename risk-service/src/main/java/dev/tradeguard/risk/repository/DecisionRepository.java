package dev.tradeguard.risk.repository;

import static dev.tradeguard.risk.repository.Jdbc.decimal;
import static dev.tradeguard.risk.repository.Jdbc.failure;
import static dev.tradeguard.risk.repository.Jdbc.instant;
import static dev.tradeguard.risk.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.Side;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class DecisionRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Stores the decision; false if the recommendation was decided before (a redelivery). */
    public boolean insert(Decision d, String recommendationJson) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO decision (recommendation_id, account_id, strategy, symbol, side, outcome, reason_code,
                    reason_message, quantity, limit_price, stop_loss, take_profit, recommendation, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (recommendation_id) DO NOTHING
                """)) {
            s.setString(1, d.recommendationId());
            s.setString(2, d.accountId());
            s.setString(3, d.strategy());
            s.setString(4, d.symbol());
            s.setString(5, d.side().name());
            s.setString(6, d.outcome().name());
            s.setString(7, d.reasonCode() == null ? null : d.reasonCode().name());
            s.setString(8, d.reasonMessage());
            s.setBigDecimal(9, d.quantity());
            s.setBigDecimal(10, d.limitPrice());
            s.setBigDecimal(11, d.stopLoss());
            s.setBigDecimal(12, d.takeProfit());
            s.setString(13, recommendationJson);
            s.setTimestamp(14, timestamp(d.decidedAt()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store the decision on " + d.recommendationId(), e);
        }
    }

    public Optional<Decision> find(String recommendationId) {
        List<Decision> found = query("SELECT * FROM decision WHERE recommendation_id = ?", recommendationId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The recommendation as it arrived, to re-run the checks when a person approves. */
    public Optional<String> recommendationJson(String recommendationId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT recommendation FROM decision WHERE recommendation_id = ?")) {
            s.setString(1, recommendationId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read recommendation " + recommendationId, e);
        }
    }

    /** Newest first; {@code accountId} may be null for all accounts. */
    public List<Decision> recent(String accountId, int limit) {
        return accountId == null
                ? query("SELECT * FROM decision ORDER BY decided_at DESC LIMIT " + limit)
                : query("SELECT * FROM decision WHERE account_id = ? ORDER BY decided_at DESC LIMIT " + limit, accountId);
    }

    public void updateOutcome(String recommendationId, DecisionOutcome outcome, DenialReason reason, String message) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE decision SET outcome = ?, reason_code = ?, reason_message = ? WHERE recommendation_id = ?")) {
            s.setString(1, outcome.name());
            s.setString(2, reason == null ? null : reason.name());
            s.setString(3, message);
            s.setString(4, recommendationId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("update the decision on " + recommendationId, e);
        }
    }

    private List<Decision> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString("reason_code");
                    decisions.add(new Decision(r.getString("recommendation_id"), r.getString("account_id"),
                            r.getString("strategy"), r.getString("symbol"), Side.valueOf(r.getString("side")),
                            DecisionOutcome.valueOf(r.getString("outcome")),
                            code == null ? null : DenialReason.valueOf(code), r.getString("reason_message"),
                            decimal(r, "quantity"), decimal(r, "limit_price"), decimal(r, "stop_loss"),
                            decimal(r, "take_profit"), instant(r.getTimestamp("decided_at"))));
                }
            }
            return decisions;
        } catch (SQLException e) {
            throw failure("read decisions", e);
        }
    }
}

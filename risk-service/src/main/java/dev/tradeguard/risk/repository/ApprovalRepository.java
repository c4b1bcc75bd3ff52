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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.Side;
import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class ApprovalRepository {
    @Inject
    AgroalDataSource dataSource;

    public void insert(Approval a) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO approval (id, recommendation_id, account_id, strategy, symbol, side, quantity, limit_price,
                    stop_loss, take_profit, high_risk_reasons, status, requested_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            s.setObject(1, a.id());
            s.setString(2, a.recommendationId());
            s.setString(3, a.accountId());
            s.setString(4, a.strategy());
            s.setString(5, a.symbol());
            s.setString(6, a.side().name());
            s.setBigDecimal(7, a.quantity());
            s.setBigDecimal(8, a.limitPrice());
            s.setBigDecimal(9, a.stopLoss());
            s.setBigDecimal(10, a.takeProfit());
            s.setString(11, a.highRiskReasons());
            s.setString(12, a.status().name());
            s.setTimestamp(13, timestamp(a.requestedAt()));
            s.setTimestamp(14, timestamp(a.expiresAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("store approval " + a.id(), e);
        }
    }

    /** The approval, locked for the rest of the transaction: two approvers cannot both act on it. */
    public Optional<Approval> findForUpdate(UUID id) {
        List<Approval> found = query("SELECT * FROM approval WHERE id = ? FOR UPDATE", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<Approval> find(UUID id) {
        List<Approval> found = query("SELECT * FROM approval WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<Approval> findByRecommendation(String recommendationId) {
        List<Approval> found = query("SELECT * FROM approval WHERE recommendation_id = ?", recommendationId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first; {@code status} may be null for all. */
    public List<Approval> list(ApprovalStatus status, int limit) {
        return status == null ? query("SELECT * FROM approval ORDER BY requested_at DESC LIMIT " + limit)
                : query("SELECT * FROM approval WHERE status = ? ORDER BY requested_at DESC LIMIT " + limit, status.name());
    }

    /** Pending approvals past their expiry, locked and skipping any another transaction holds. */
    public List<Approval> expiredPending(Instant now) {
        return query("SELECT * FROM approval WHERE status = 'PENDING' AND expires_at <= ? ORDER BY expires_at"
                + " FOR UPDATE SKIP LOCKED", timestamp(now));
    }

    public int countPending() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM approval WHERE status = 'PENDING'");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failure("count pending approvals", e);
        }
    }

    public void close(UUID id, ApprovalStatus status, String by, Instant at, String reason, java.math.BigDecimal quantity) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE approval SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                        + " quantity = COALESCE(?, quantity) WHERE id = ?")) {
            s.setString(1, status.name());
            s.setString(2, by);
            s.setTimestamp(3, timestamp(at));
            s.setString(4, reason);
            s.setBigDecimal(5, quantity);
            s.setObject(6, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("close approval " + id, e);
        }
    }

    private List<Approval> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Approval> approvals = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    approvals.add(new Approval(r.getObject("id", UUID.class), r.getString("recommendation_id"),
                            r.getString("account_id"), r.getString("strategy"), r.getString("symbol"),
                            Side.valueOf(r.getString("side")), decimal(r, "quantity"),
                            decimal(r, "limit_price"), decimal(r, "stop_loss"), decimal(r, "take_profit"),
                            r.getString("high_risk_reasons"), ApprovalStatus.valueOf(r.getString("status")),
                            instant(r.getTimestamp("requested_at")), instant(r.getTimestamp("expires_at")),
                            r.getString("decided_by"), instant(r.getTimestamp("decided_at")),
                            r.getString("decision_reason")));
                }
            }
            return approvals;
        } catch (SQLException e) {
            throw failure("read approvals", e);
        }
    }
}

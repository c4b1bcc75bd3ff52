package dev.tradeguard.risk.repository;

import static dev.tradeguard.risk.repository.Jdbc.failure;
import static dev.tradeguard.risk.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.event.ApprovedOrder;
import io.agroal.api.AgroalDataSource;

/** Approved orders and whether the broker has finished with them: the base of the open-order and pace checks. */
@ApplicationScoped
public class ApprovedOrderRepository {
    private static final String ENTRY_SIDES = "('BUY', 'SELL_SHORT')";

    @Inject
    AgroalDataSource dataSource;

    public void insert(ApprovedOrder order) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO approved_order (order_id, recommendation_id, account_id, strategy, symbol, side, quantity,
                    approved_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            s.setObject(1, order.orderId());
            s.setString(2, order.correlationId());
            s.setString(3, order.accountId());
            s.setString(4, order.strategy());
            s.setString(5, order.symbol());
            s.setString(6, order.side().name());
            s.setBigDecimal(7, order.quantity());
            s.setTimestamp(8, timestamp(order.occurredAt()));
            s.setTimestamp(9, timestamp(order.expiresAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("store approved order " + order.orderId(), e);
        }
    }

    public void markTerminal(UUID orderId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE approved_order SET terminal = TRUE WHERE order_id = ?")) {
            s.setObject(1, orderId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("close approved order " + orderId, e);
        }
    }

    /** An order on the symbol approved after {@code workingSince} that the broker has not finished with. */
    public boolean openOnSymbol(String accountId, String symbol, Instant workingSince) {
        return count("SELECT count(*) FROM approved_order WHERE account_id = ? AND symbol = ? AND NOT terminal"
                + " AND approved_at > ?", accountId, symbol, timestamp(workingSince)) > 0;
    }

    /** Orders opening a position, approved after {@code workingSince}, not finished. */
    public int openEntries(String accountId, Instant workingSince) {
        return count("SELECT count(*) FROM approved_order WHERE account_id = ? AND NOT terminal AND approved_at > ?"
                + " AND side IN " + ENTRY_SIDES, accountId, timestamp(workingSince));
    }

    public int approvedSince(String accountId, Instant since) {
        return count("SELECT count(*) FROM approved_order WHERE account_id = ? AND approved_at >= ?", accountId,
                timestamp(since));
    }

    public int entriesSince(String accountId, String strategy, Instant since) {
        return count("SELECT count(*) FROM approved_order WHERE account_id = ? AND strategy = ? AND approved_at >= ?"
                + " AND side IN " + ENTRY_SIDES, accountId, strategy, timestamp(since));
    }

    public boolean entryOnSymbolSince(String accountId, String symbol, Instant since) {
        return count("SELECT count(*) FROM approved_order WHERE account_id = ? AND symbol = ? AND approved_at >= ?"
                + " AND side IN " + ENTRY_SIDES, accountId, symbol, timestamp(since)) > 0;
    }

    /** Symbols opened and closed on the same New York day since {@code since}: day trades. */
    public int dayTradesSince(String accountId, Instant since) {
        return count("""
                SELECT count(*) FROM (
                    SELECT symbol, (approved_at AT TIME ZONE 'America/New_York')::date AS day FROM approved_order
                    WHERE account_id = ? AND approved_at >= ?
                    GROUP BY symbol, day
                    HAVING bool_or(side IN ('BUY', 'SELL_SHORT')) AND bool_or(side IN ('SELL', 'BUY_TO_COVER'))
                ) AS day_trades
                """, accountId, timestamp(since));
    }

    private int count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("count approved orders", e);
        }
    }
}

package dev.tradeguard.risk.repository;

import static dev.tradeguard.risk.repository.Jdbc.failure;
import static dev.tradeguard.risk.repository.Jdbc.timestamp;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/** Realized P&L of closing fills, newest last: the consecutive-loss halt counts from here. */
@ApplicationScoped
public class ClosedTradeRepository {
    @Inject
    AgroalDataSource dataSource;

    public void insert(UUID eventId, String accountId, String symbol, BigDecimal pnl, Instant closedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO closed_trade (event_id, account_id, symbol, pnl, closed_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (event_id) DO NOTHING")) {
            s.setObject(1, eventId);
            s.setString(2, accountId);
            s.setString(3, symbol);
            s.setBigDecimal(4, pnl);
            s.setTimestamp(5, timestamp(closedAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("store a closed trade of " + accountId, e);
        }
    }

    /** The P&L of the account's last {@code n} closing fills, newest first. */
    public List<BigDecimal> lastPnl(String accountId, int n) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pnl FROM closed_trade WHERE account_id = ? ORDER BY closed_at DESC, event_id LIMIT ?")) {
            s.setString(1, accountId);
            s.setInt(2, n);
            List<BigDecimal> pnl = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pnl.add(r.getBigDecimal(1));
                }
            }
            return pnl;
        } catch (SQLException e) {
            throw failure("read closed trades of " + accountId, e);
        }
    }
}

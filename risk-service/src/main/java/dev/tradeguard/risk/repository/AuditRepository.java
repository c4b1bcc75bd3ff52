package dev.tradeguard.risk.repository;

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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.risk.domain.AuditEntry;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class AuditRepository {
    @Inject
    AgroalDataSource dataSource;

    public void insert(Instant at, String actor, String action, String target, String details, String source) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO audit_log (at, actor, action, target, details, source) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, timestamp(at));
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, target);
            s.setString(5, details == null || details.length() <= 4000 ? details : details.substring(0, 4000));
            s.setString(6, source);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("write the audit log", e);
        }
    }

    /** Newest first, optionally only one action. */
    public List<AuditEntry> list(String action, int limit) {
        String sql = "SELECT * FROM audit_log" + (action == null ? "" : " WHERE action = ?") + " ORDER BY id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (action != null) {
                s.setString(i++, action);
            }
            s.setInt(i, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new AuditEntry(r.getLong("id"), instant(r.getTimestamp("at")), r.getString("actor"),
                            r.getString("action"), r.getString("target"), r.getString("details"), r.getString("source")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("read the audit log", e);
        }
    }
}

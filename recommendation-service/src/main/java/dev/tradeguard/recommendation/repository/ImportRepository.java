package dev.tradeguard.recommendation.repository;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.ImportSummary;
import dev.tradeguard.model.serde.EventJson;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class ImportRepository {
    @Inject
    AgroalDataSource dataSource;

    public void insert(ImportReport report, String contentSha256, String origin, String importedBy,
            Instant importedAt) {
        String sql = "INSERT INTO recommendation_import (id, file_name, file_date, content_sha256, origin, imported_by,"
                + " imported_at, created, rejected, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, report.importId());
            insert.setString(2, report.fileName());
            insert.setDate(3, report.fileDate() == null ? null : Date.valueOf(report.fileDate()));
            insert.setString(4, contentSha256);
            insert.setString(5, origin);
            insert.setString(6, importedBy);
            insert.setTimestamp(7, Timestamp.from(importedAt));
            insert.setInt(8, report.created());
            insert.setInt(9, report.rejected());
            insert.setString(10, EventJson.toJson(report));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store import " + report.importId(), e);
        }
    }

    /** The stored report, as the JSON it was written as. */
    public Optional<String> reportJson(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT report FROM recommendation_import WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read import " + id, e);
        }
    }

    public List<ImportSummary> recent(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, file_name, file_date, origin, imported_by, imported_at, created, rejected"
                                + " FROM recommendation_import ORDER BY imported_at DESC, id LIMIT ?")) {
            select.setInt(1, limit);
            List<ImportSummary> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date fileDate = row.getDate("file_date");
                    found.add(new ImportSummary(row.getObject("id", UUID.class), row.getString("file_name"),
                            fileDate == null ? null : fileDate.toLocalDate(), row.getString("origin"),
                            row.getString("imported_by"), row.getTimestamp("imported_at").toInstant(),
                            row.getInt("created"), row.getInt("rejected")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list imports", e);
        }
    }
}

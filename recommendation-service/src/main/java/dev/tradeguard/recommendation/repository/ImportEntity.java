package dev.tradeguard.recommendation.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.ImportSummary;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code recommendation_import}: one file import, its counts and its report as JSON text. */
@Entity
@Table(name = "recommendation_import")
public class ImportEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    public String fileName;

    public LocalDate fileDate;

    /** CHAR(64): a hex SHA-256 is always that long. */
    @Column(length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String contentSha256;

    public String origin;

    public String importedBy;

    public Instant importedAt;

    public int created;

    public int rejected;

    /** The {@link ImportReport} as JSON; TEXT (not jsonb) so it reads back exactly as it was written. */
    public String report;

    static ImportEntity from(ImportReport report, String contentSha256, String origin, String importedBy,
            Instant importedAt) {
        ImportEntity row = new ImportEntity();
        row.id = report.importId();
        row.fileName = report.fileName();
        row.fileDate = report.fileDate();
        row.contentSha256 = contentSha256;
        row.origin = origin;
        row.importedBy = importedBy;
        row.importedAt = importedAt;
        row.created = report.created();
        row.rejected = report.rejected();
        row.report = EventJson.toJson(report);
        return row;
    }

    ImportSummary toSummary() {
        return new ImportSummary(id, fileName, fileDate, origin, importedBy, importedAt, created, rejected);
    }
}

package dev.tradeguard.recommendation.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.recommendation.domain.ImportReport;
import dev.tradeguard.recommendation.domain.ImportSummary;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<ImportEntity, UUID> {

    public void insert(ImportReport report, String contentSha256, String origin, String importedBy,
            Instant importedAt) {
        persist(ImportEntity.from(report, contentSha256, origin, importedBy, importedAt));
    }

    /** The stored report, as the JSON it was written as. */
    public Optional<String> reportJson(UUID id) {
        return findByIdOptional(id).map(row -> row.report);
    }

    public List<ImportSummary> recent(int limit) {
        return findAll(Sort.descending("importedAt").and("id")).page(Page.ofSize(limit)).stream()
                .map(ImportEntity::toSummary).toList();
    }
}

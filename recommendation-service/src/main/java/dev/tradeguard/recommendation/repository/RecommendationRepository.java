package dev.tradeguard.recommendation.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.recommendation.domain.RecommendationQuery;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<RecommendationEntity, UUID> {

    public void insert(StoredRecommendation stored) {
        persist(RecommendationEntity.from(stored));
    }

    public Optional<StoredRecommendation> find(UUID id) {
        return findByIdOptional(id).map(RecommendationEntity::toDomain);
    }

    /** The published recommendation for the same account, strategy, symbol, side and market day, if any. */
    public Optional<UUID> findPublishedTwin(Recommendation event, LocalDate marketDate) {
        return find("""
                accountId = :accountId and strategy = :strategy and symbol = :symbol and side = :side
                and marketDate = :marketDate and status = :published
                """, Parameters.with("accountId", event.accountId()).and("strategy", event.strategy())
                .and("symbol", event.symbol()).and("side", event.side()).and("marketDate", marketDate)
                .and("published", RecommendationStatus.PUBLISHED))
                .firstResultOptional().map(row -> row.id);
    }

    public List<StoredRecommendation> search(RecommendationQuery query) {
        // Only the filters given become conditions, so each search can use the indexes on what it names.
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter(conditions, parameters, "marketDate", query.marketDate());
        filter(conditions, parameters, "strategy", query.strategy());
        filter(conditions, parameters, "status", query.status());
        filter(conditions, parameters, "symbol", query.symbol());
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return find("from RecommendationEntity " + where + "order by createdAt desc, sourceLine, id", parameters)
                .page(Page.ofSize(query.limit())).stream().map(RecommendationEntity::toDomain).toList();
    }

    public List<StoredRecommendation> findByImport(UUID importId) {
        return find("importId = ?1 order by sourceLine", importId).stream().map(RecommendationEntity::toDomain)
                .toList();
    }

    private static void filter(List<String> conditions, Parameters parameters, String attribute, Object value) {
        if (value != null) {
            conditions.add(attribute + " = :" + attribute);
            parameters.and(attribute, value);
        }
    }
}

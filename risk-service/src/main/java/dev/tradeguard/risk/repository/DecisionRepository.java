package dev.tradeguard.risk.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionEntity, String> {

    /**
     * Stores the decision. The recommendation id is the key: a second decision on the same recommendation (two
     * deliveries racing past {@link #find}) fails the transaction at commit, so its order is never sent either.
     */
    public void insert(Decision decision, String recommendationJson) {
        persist(DecisionEntity.from(decision, recommendationJson));
    }

    public Optional<Decision> find(String recommendationId) {
        return findByIdOptional(recommendationId).map(DecisionEntity::toDomain);
    }

    /** The recommendation as it arrived, to re-run the checks when a person approves. */
    public Optional<String> recommendationJson(String recommendationId) {
        return getEntityManager().createQuery(
                "select d.recommendation from DecisionEntity d where d.recommendationId = :id", String.class)
                .setParameter("id", recommendationId).getResultStream().findFirst();
    }

    /** Newest first; {@code accountId} may be null for all accounts. */
    public List<Decision> recent(String accountId, int limit) {
        Sort newestFirst = Sort.descending("decidedAt");
        PanacheQuery<DecisionEntity> query = accountId == null ? findAll(newestFirst)
                : find("accountId", newestFirst, accountId);
        return query.range(0, limit - 1).stream().map(DecisionEntity::toDomain).toList();
    }

    /** One statement; the decision is not loaded in the transactions that change it (approval, expiry). */
    public void updateOutcome(String recommendationId, DecisionOutcome outcome, DenialReason reason, String message) {
        update("outcome = ?1, reasonCode = ?2, reasonMessage = ?3 where recommendationId = ?4", outcome, reason,
                message, recommendationId);
    }
}

package dev.tradeguard.monitor.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<RecommendationEntity, String> {

    /** Stores the recommendation once; a redelivery (same recommendation id) is ignored. */
    public boolean insert(Recommendation recommendation) {
        // HQL's ON CONFLICT DO NOTHING: a redelivery is answered in one statement, without failing the transaction.
        return getEntityManager().createQuery("""
                insert into RecommendationEntity (recommendationId, eventId, accountId, strategy, symbol, side,
                    limitPrice, stopLoss, takeProfit, occurredAt)
                values (:recommendationId, :eventId, :accountId, :strategy, :symbol, :side, :limitPrice, :stopLoss,
                    :takeProfit, :occurredAt)
                on conflict do nothing
                """)
                .setParameter("recommendationId", recommendation.recommendationId())
                .setParameter("eventId", recommendation.eventId())
                .setParameter("accountId", recommendation.accountId())
                .setParameter("strategy", recommendation.strategy())
                .setParameter("symbol", recommendation.symbol())
                .setParameter("side", recommendation.side())
                .setParameter("limitPrice", recommendation.limitPrice())
                .setParameter("stopLoss", recommendation.stopLoss())
                .setParameter("takeProfit", recommendation.takeProfit())
                .setParameter("occurredAt", recommendation.occurredAt())
                .executeUpdate() == 1;
    }

    public Optional<StoredRecommendation> find(String recommendationId) {
        return findByIdOptional(recommendationId).map(RecommendationEntity::toDomain);
    }

    /**
     * The newest recommendation with a stop loss for the account and symbol that opens a position the given way
     * (BUY opens a long; SELL_SHORT or SELL opens a short), made no later than {@code notAfter}.
     */
    public Optional<StoredRecommendation> latestWithStop(String accountId, String symbol, boolean shortPosition,
            Instant notAfter) {
        List<Side> opening = shortPosition ? List.of(Side.SELL_SHORT, Side.SELL) : List.of(Side.BUY);
        return find("""
                accountId = :accountId and symbol = :symbol and stopLoss is not null and occurredAt <= :notAfter
                and side in :opening order by occurredAt desc
                """, Parameters.with("accountId", accountId).and("symbol", symbol).and("notAfter", notAfter)
                .and("opening", opening))
                .firstResultOptional().map(RecommendationEntity::toDomain);
    }

    /** The accounts' recommendations made in [from, until), of {@code strategy} unless it is null. */
    public List<StoredRecommendation> find(List<String> accountIds, String strategy, Instant from, Instant until) {
        return find("""
                accountId in :accounts and (:strategy is null or strategy = :strategy)
                and occurredAt >= :from and occurredAt < :until order by occurredAt
                """, Parameters.with("accounts", accountIds).and("strategy", strategy).and("from", from)
                .and("until", until))
                .stream().map(RecommendationEntity::toDomain).toList();
    }
}

package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<RecommendationEntity, String> {

    /** Stores the recommendation once; a redelivery (same recommendation id) is ignored. */
    public boolean insert(Recommendation recommendation) {
        // ON CONFLICT DO NOTHING: a redelivery is answered in one statement, without failing the transaction. Native:
        // Hibernate translates an HQL insert to SQL afresh on every execution (it caches plans of selects only).
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                INSERT INTO recommendation (recommendation_id, event_id, account_id, strategy, symbol, side,
                    limit_price, stop_loss, take_profit, occurred_at)
                VALUES (:recommendationId, :eventId, :accountId, :strategy, :symbol, :side, :limitPrice, :stopLoss,
                    :takeProfit, :occurredAt)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("recommendationId", recommendation.recommendationId(), String.class)
                .setParameter("eventId", recommendation.eventId(), UUID.class)
                .setParameter("accountId", recommendation.accountId(), String.class)
                .setParameter("strategy", recommendation.strategy(), String.class)
                .setParameter("symbol", recommendation.symbol(), String.class)
                .setParameter("side", recommendation.side() == null ? null : recommendation.side().name(), String.class)
                .setParameter("limitPrice", recommendation.limitPrice(), BigDecimal.class)
                .setParameter("stopLoss", recommendation.stopLoss(), BigDecimal.class)
                .setParameter("takeProfit", recommendation.takeProfit(), BigDecimal.class)
                .setParameter("occurredAt", recommendation.occurredAt(), Instant.class)
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

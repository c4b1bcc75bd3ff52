package dev.tradeguard.monitor.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.Side;
import dev.tradeguard.monitor.domain.StoredRecommendation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recommendation as monitor keeps it: the stop and target of the positions it opens. */
@Entity
@Table(name = "recommendation")
public class RecommendationEntity extends PanacheEntityBase {
    @Id
    public String recommendationId;

    public UUID eventId;

    public String accountId;

    public String strategy;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal limitPrice;

    public BigDecimal stopLoss;

    public BigDecimal takeProfit;

    public Instant occurredAt;

    StoredRecommendation toDomain() {
        return new StoredRecommendation(recommendationId, accountId, strategy, symbol, side, limitPrice, stopLoss,
                takeProfit, occurredAt);
    }
}

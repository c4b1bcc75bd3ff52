package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;

/** Table decision: one per recommendation, forever, with the recommendation as it arrived. */
@Entity
@Table(name = "decision")
public class DecisionEntity extends RecommendedOrderEntity {
    @Id
    public String recommendationId;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    public DenialReason reasonCode;

    public String reasonMessage;

    public BigDecimal limitPrice;

    public BigDecimal stopLoss;

    public BigDecimal takeProfit;

    /** The recommendation's JSON as it arrived (column type text). */
    public String recommendation;

    public Instant decidedAt;

    static DecisionEntity from(Decision d, String recommendationJson) {
        DecisionEntity entity = new DecisionEntity();
        entity.recommendationId = d.recommendationId();
        entity.accountId = d.accountId();
        entity.strategy = d.strategy();
        entity.symbol = d.symbol();
        entity.side = d.side();
        entity.outcome = d.outcome();
        entity.reasonCode = d.reasonCode();
        entity.reasonMessage = d.reasonMessage();
        entity.quantity = d.quantity();
        entity.limitPrice = d.limitPrice();
        entity.stopLoss = d.stopLoss();
        entity.takeProfit = d.takeProfit();
        entity.recommendation = recommendationJson;
        entity.decidedAt = d.decidedAt();
        return entity;
    }

    Decision toDomain() {
        return new Decision(recommendationId, accountId, strategy, symbol, side, outcome, reasonCode, reasonMessage,
                quantity, limitPrice, stopLoss, takeProfit, decidedAt);
    }
}

package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.Side;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table decision: one per recommendation, forever, with the recommendation as it arrived. */
@Entity
@Table(name = "decision")
public class DecisionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "recommendation_id")
    public String recommendationId;

    @Column(name = "account_id")
    public String accountId;

    public String strategy;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public DenialReason reasonCode;

    @Column(name = "reason_message")
    public String reasonMessage;

    public BigDecimal quantity;

    @Column(name = "limit_price")
    public BigDecimal limitPrice;

    @Column(name = "stop_loss")
    public BigDecimal stopLoss;

    @Column(name = "take_profit")
    public BigDecimal takeProfit;

    /** The recommendation's JSON as it arrived (column type text). */
    public String recommendation;

    @Column(name = "decided_at")
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

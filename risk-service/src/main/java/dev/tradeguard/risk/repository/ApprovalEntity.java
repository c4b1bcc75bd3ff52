package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.model.Side;
import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Table approval: an order waiting for a person, and what became of it. */
@Entity
@Table(name = "approval")
public class ApprovalEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public String recommendationId;

    @Column(name = "account_id")
    public String accountId;

    public String strategy;

    public String symbol;

    @Enumerated(EnumType.STRING)
    public Side side;

    public BigDecimal quantity;

    @Column(name = "limit_price")
    public BigDecimal limitPrice;

    @Column(name = "stop_loss")
    public BigDecimal stopLoss;

    @Column(name = "take_profit")
    public BigDecimal takeProfit;

    @Column(name = "high_risk_reasons")
    public String highRiskReasons;

    @Enumerated(EnumType.STRING)
    public ApprovalStatus status;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    static ApprovalEntity from(Approval a) {
        ApprovalEntity entity = new ApprovalEntity();
        entity.id = a.id();
        entity.recommendationId = a.recommendationId();
        entity.accountId = a.accountId();
        entity.strategy = a.strategy();
        entity.symbol = a.symbol();
        entity.side = a.side();
        entity.quantity = a.quantity();
        entity.limitPrice = a.limitPrice();
        entity.stopLoss = a.stopLoss();
        entity.takeProfit = a.takeProfit();
        entity.highRiskReasons = a.highRiskReasons();
        entity.status = a.status();
        entity.requestedAt = a.requestedAt();
        entity.expiresAt = a.expiresAt();
        entity.decidedBy = a.decidedBy();
        entity.decidedAt = a.decidedAt();
        entity.decisionReason = a.decisionReason();
        return entity;
    }

    Approval toDomain() {
        return new Approval(id, recommendationId, accountId, strategy, symbol, side, quantity, limitPrice, stopLoss,
                takeProfit, highRiskReasons, status, requestedAt, expiresAt, decidedBy, decidedAt, decisionReason);
    }
}

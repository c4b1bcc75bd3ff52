package dev.tradeguard.risk.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradeguard.risk.domain.Approval;
import dev.tradeguard.risk.domain.ApprovalStatus;

/** Table approval: an order waiting for a person, and what became of it. */
@Entity
@Table(name = "approval")
public class ApprovalEntity extends RecommendedOrderEntity {
    @Id
    public UUID id;

    public String recommendationId;

    public BigDecimal limitPrice;

    public BigDecimal stopLoss;

    public BigDecimal takeProfit;

    public String highRiskReasons;

    @Enumerated(EnumType.STRING)
    public ApprovalStatus status;

    public Instant requestedAt;

    public Instant expiresAt;

    public String decidedBy;

    public Instant decidedAt;

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

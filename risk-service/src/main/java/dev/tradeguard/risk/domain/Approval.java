package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.Side;

/** An order waiting for a human, or what became of it. */
public record Approval(UUID id, String recommendationId, String accountId, String strategy, String symbol, Side side,
        BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, String highRiskReasons,
        ApprovalStatus status, Instant requestedAt, Instant expiresAt, String decidedBy, Instant decidedAt,
        String decisionReason) {
}

package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradeguard.model.Side;

/** What risk-service decided about one recommendation; made once, kept forever. */
public record Decision(String recommendationId, String accountId, String strategy, String symbol, Side side,
        DecisionOutcome outcome, DenialReason reasonCode, String reasonMessage, BigDecimal quantity,
        BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, Instant decidedAt) {

    /** {@code CODE: message}, or null when not denied. */
    public String reason() {
        return reasonCode == null ? null : reasonCode + ": " + reasonMessage;
    }
}

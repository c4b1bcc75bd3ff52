package dev.tradeguard.model.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.model.validation.Violations;

/**
 * A trade idea on the {@code recommendations} topic. Its {@link #correlationId()} is the recommendation id, which
 * every event descending from it carries.
 *
 * @param quantity shares the source asked for; optional, risk-service sizes it and only ever caps it
 * @param confidence the source's confidence, 0 to 1
 * @param validUntil after this instant the idea must not be traded
 */
public record Recommendation(
        UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        String symbol, Side side, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopLoss,
        BigDecimal takeProfit, BigDecimal confidence, String source, String rationale, String catalyst,
        LocalDate catalystDate, Instant validUntil) implements TradingEvent {

    public String recommendationId() {
        return correlationId;
    }

    @Override
    public boolean correlationRequired() {
        return true;
    }

    @Override
    public void validateBody(Violations violations) {
        Symbols.check(violations, "symbol", symbol);
        violations.required("side", side);
        violations.within("quantity", quantity, NumberRange.SHARES);
        violations.within("limitPrice", limitPrice, NumberRange.PRICE);
        violations.within("stopLoss", stopLoss, NumberRange.PRICE);
        violations.within("takeProfit", takeProfit, NumberRange.PRICE);
        violations.within("confidence", confidence, NumberRange.FRACTION);
        violations.requiredText("source", source, 64);
        violations.maxLength("rationale", rationale, 4000);
        violations.maxLength("catalyst", catalyst, 500);
        violations.notBefore("validUntil", validUntil, "occurredAt", occurredAt);
    }
}

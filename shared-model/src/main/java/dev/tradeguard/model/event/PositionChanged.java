package dev.tradeguard.model.event;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.model.validation.Violations;

/**
 * One position of an account moved, on the {@code positions} topic: its new price (a market-data tick) or its new
 * quantity (a fill), with the account's equity after it. execution-service publishes one per symbol at most every
 * coalescing interval, so consumers evaluate the one position that moved instead of the whole account.
 *
 * @param cause what moved it
 * @param quantity signed (negative for a short); {@code 0} when the fill closed the position
 * @param avgEntryPrice absent when the position is closed
 * @param currentPrice the price the position is valued at: the tick's trade price, or the fill's price
 * @param priceAt when that price traded (the market-data or fill timestamp), not when it was published
 * @param unrealizedPlPct unrealized P&amp;L as a fraction of cost basis ({@code 0.2} = +20 %)
 * @param equity the account's equity with this position at {@code currentPrice}
 * @param lastEquity the account's equity at the previous market close, the base of today's P&amp;L
 * @param openPositions the number of open positions in the account after this change
 * @param marketOpen whether the market is open, by execution-service's latest read of the broker's clock
 */
public record PositionChanged(
        java.util.UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        PositionChangeCause cause, String symbol, BigDecimal quantity, BigDecimal avgEntryPrice,
        BigDecimal currentPrice, Instant priceAt, BigDecimal marketValue, BigDecimal costBasis,
        BigDecimal unrealizedPl, BigDecimal unrealizedPlPct,
        BigDecimal equity, BigDecimal lastEquity, BigDecimal cash, BigDecimal buyingPower, Integer openPositions,
        Boolean marketOpen) implements PositionsEvent {

    /** The documented bound of {@code openPositions}: no account TradeGuard trades holds more. */
    public static final int MAX_OPEN_POSITIONS = 100_000;

    /** What moved a position. */
    public enum PositionChangeCause {
        /** A trade on the market-data stream: a new price, the same quantity. */
        TICK,
        /** A fill of one of the account's orders: a new quantity (and cash). */
        FILL
    }

    @Override
    public PositionsEventKind kind() {
        return PositionsEventKind.POSITION_CHANGED;
    }

    /** True when the change closed the position. */
    public boolean closed() {
        return quantity != null && quantity.signum() == 0;
    }

    @Override
    public void validateBody(Violations violations) {
        violations.required("cause", cause);
        Symbols.check(violations, "symbol", symbol);
        if (violations.required("quantity", quantity) && quantity.signum() != 0) {
            violations.required("avgEntryPrice", avgEntryPrice);
        }
        violations.within("quantity", quantity, NumberRange.POSITION_SHARES);
        violations.within("avgEntryPrice", avgEntryPrice, NumberRange.PRICE);
        violations.requiredWithin("currentPrice", currentPrice, NumberRange.PRICE);
        violations.required("priceAt", priceAt);
        AccountSnapshot.PositionSnapshot.checkValuation(violations, marketValue, costBasis, unrealizedPl,
                unrealizedPlPct);
        violations.requiredWithin("equity", equity, NumberRange.MONEY);
        violations.requiredWithin("lastEquity", lastEquity, NumberRange.MONEY);
        violations.requiredWithin("cash", cash, NumberRange.MONEY);
        violations.requiredWithin("buyingPower", buyingPower, NumberRange.NON_NEGATIVE_MONEY);
        if (violations.required("openPositions", openPositions)) {
            violations.between("openPositions", openPositions, 0, MAX_OPEN_POSITIONS);
        }
        violations.required("marketOpen", marketOpen);
    }
}

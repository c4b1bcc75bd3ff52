package dev.tradeguard.model.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.model.validation.Violations;

/**
 * The whole account, its open positions and the market clock as the broker answered them at one moment, on the
 * {@code positions} topic: execution-service's start-up state and its periodic reconciliation. Only
 * execution-service talks to the broker, so this is how every other service sees the account; between two snapshots
 * the account moves by {@link PositionChanged} events. A consumer replaces everything it holds of the account with it.
 *
 * @param lastEquity equity at the previous market close, the base of today's P&amp;L
 * @param keysIssuedOn the day the broker keys execution-service trades with were issued, from its configuration
 *        ({@code tradeguard.execution.alpaca.keys-issued-on}): the go-live gate's key age. Null when not configured,
 *        and in a record of a producer older than the field.
 */
public record AccountSnapshot(
        UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
        String correlationId,
        BigDecimal equity, BigDecimal lastEquity, BigDecimal cash, BigDecimal buyingPower,
        List<PositionSnapshot> positions, MarketClock clock, LocalDate keysIssuedOn) implements PositionsEvent {

    /** A snapshot that does not say when the keys were issued (every producer before the key age was carried). */
    public AccountSnapshot(UUID eventId, Integer schemaVersion, String accountId, String strategy, Instant occurredAt,
            String correlationId, BigDecimal equity, BigDecimal lastEquity, BigDecimal cash, BigDecimal buyingPower,
            List<PositionSnapshot> positions, MarketClock clock) {
        this(eventId, schemaVersion, accountId, strategy, occurredAt, correlationId, equity, lastEquity, cash,
                buyingPower, positions, clock, null);
    }

    @Override
    public PositionsEventKind kind() {
        return PositionsEventKind.ACCOUNT_SNAPSHOT;
    }

    /**
     * @param quantity signed: negative for a short
     * @param unrealizedPlPct unrealized P&amp;L as a fraction of cost basis ({@code 0.2} = +20 %)
     */
    public record PositionSnapshot(String symbol, BigDecimal quantity, BigDecimal avgEntryPrice,
            BigDecimal currentPrice, BigDecimal marketValue, BigDecimal costBasis, BigDecimal unrealizedPl,
            BigDecimal unrealizedPlPct) {

        void validate(Violations violations) {
            Symbols.check(violations, "symbol", symbol);
            if (violations.required("quantity", quantity) && quantity.signum() == 0) {
                violations.add("quantity", "must not be 0 for an open position");
            }
            violations.within("quantity", quantity, NumberRange.POSITION_SHARES);
            violations.requiredWithin("avgEntryPrice", avgEntryPrice, NumberRange.PRICE);
            violations.requiredWithin("currentPrice", currentPrice, NumberRange.PRICE);
            checkValuation(violations, marketValue, costBasis, unrealizedPl, unrealizedPlPct);
        }

        /** The figures derived from a position's price, as a snapshot and a {@link PositionChanged} carry them. */
        static void checkValuation(Violations violations, BigDecimal marketValue, BigDecimal costBasis,
                BigDecimal unrealizedPl, BigDecimal unrealizedPlPct) {
            violations.within("marketValue", marketValue, NumberRange.MONEY);
            violations.within("costBasis", costBasis, NumberRange.MONEY);
            violations.within("unrealizedPl", unrealizedPl, NumberRange.MONEY);
            violations.within("unrealizedPlPct", unrealizedPlPct, NumberRange.RATIO);
        }
    }

    /** Alpaca's clock: whether the market is open now, and the next open and close. */
    public record MarketClock(Boolean open, Instant nextOpen, Instant nextClose, Instant timestamp) {
        void validate(Violations violations) {
            violations.required("open", open);
            violations.required("nextOpen", nextOpen);
            violations.required("nextClose", nextClose);
        }
    }

    @Override
    public void validateBody(Violations violations) {
        violations.requiredWithin("equity", equity, NumberRange.MONEY);
        violations.requiredWithin("lastEquity", lastEquity, NumberRange.MONEY);
        violations.requiredWithin("cash", cash, NumberRange.MONEY);
        violations.requiredWithin("buyingPower", buyingPower, NumberRange.NON_NEGATIVE_MONEY);
        if (violations.required("positions", positions)) {
            for (int i = 0; i < positions.size(); i++) {
                PositionSnapshot position = positions.get(i);
                if (position == null) {
                    violations.add("positions[" + i + "]", "must not be null");
                } else {
                    position.validate(violations.nested("positions", i));
                }
            }
        }
        if (violations.required("clock", clock)) {
            clock.validate(violations.nested("clock"));
        }
    }
}

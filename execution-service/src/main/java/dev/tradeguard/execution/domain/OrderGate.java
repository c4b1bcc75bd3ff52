package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Optional;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.ApprovedOrder;

/**
 * The last checks before an approved order goes to the broker (BRIEF invariant 2), as pure functions. The first failing
 * check is the refusal.
 */
public final class OrderGate {
    private OrderGate() {
    }

    /** Trading state: only ACTIVE lets anything out; REDUCING only orders that shrink the position held. */
    public static Optional<Refusal> tradingState(ApprovedOrder order, Optional<KnownTradingState> known,
            BigDecimal positionQuantity) {
        if (known.isEmpty()) {
            return Optional.of(new Refusal(RefusalReason.TRADING_STATE_UNKNOWN, "no trading state is known for "
                    + order.accountId() + ": unknown is not ACTIVE"));
        }
        TradingState state = known.get().state();
        if (state == TradingState.ACTIVE) {
            return Optional.empty();
        }
        if (state == TradingState.HALTED) {
            return Optional.of(new Refusal(RefusalReason.TRADING_HALTED,
                    "trading is HALTED on " + order.accountId() + " (" + known.get().reason() + ")"));
        }
        if (!shrinksPosition(order.side(), order.quantity(), positionQuantity)) {
            return Optional.of(new Refusal(RefusalReason.TRADING_REDUCING, "trading is REDUCING on "
                    + order.accountId() + " and " + order.side() + " " + order.quantity().toPlainString() + " "
                    + order.symbol() + " would not shrink the position of " + positionQuantity.toPlainString()));
        }
        return Optional.empty();
    }

    /** SELL of at most the long held, or BUY_TO_COVER of at most the short held. */
    public static boolean shrinksPosition(Side side, BigDecimal quantity, BigDecimal positionQuantity) {
        return switch (side) {
            case SELL -> positionQuantity.signum() > 0 && quantity.compareTo(positionQuantity) <= 0;
            case BUY_TO_COVER -> positionQuantity.signum() < 0 && quantity.compareTo(positionQuantity.negate()) <= 0;
            case BUY, SELL_SHORT -> false;
        };
    }

    public static Optional<Refusal> expiry(ApprovedOrder order, Instant now) {
        if (!now.isBefore(order.expiresAt())) {
            return Optional.of(new Refusal(RefusalReason.APPROVAL_EXPIRED,
                    "the approval expired at " + order.expiresAt() + " (now " + now + ")"));
        }
        return Optional.empty();
    }

    /**
     * |last − entry| / entry must not exceed {@code maxSlippagePct}, in either direction: a move that large means the
     * stop and target were set for another market. Orders without an entry price have nothing to compare.
     */
    public static Optional<Refusal> slippage(ApprovedOrder order, BigDecimal lastPrice, BigDecimal maxSlippagePct) {
        BigDecimal entry = order.limitPrice();
        if (entry == null) {
            return Optional.empty();
        }
        BigDecimal moved = lastPrice.subtract(entry).abs().divide(entry, MathContext.DECIMAL64);
        if (moved.compareTo(maxSlippagePct) > 0) {
            return Optional.of(new Refusal(RefusalReason.SLIPPAGE_EXCEEDED, order.symbol() + " last traded at "
                    + lastPrice.toPlainString() + ", " + percent(moved) + " from the approved entry "
                    + entry.toPlainString() + "; MAX_SLIPPAGE_PCT is " + percent(maxSlippagePct)));
        }
        return Optional.empty();
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}

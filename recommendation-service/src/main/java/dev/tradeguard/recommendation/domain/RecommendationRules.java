package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/**
 * The rules this service adds to {@link Recommendation#validate()}: things a well-formed event can still get wrong
 * for trading. Every rule names its field; all of them run, so the caller learns everything at once.
 */
public final class RecommendationRules {
    private static final BigDecimal ONE_DOLLAR = BigDecimal.ONE;

    private final Map<String, Boolean> longOnlyByStrategy;

    /** @param longOnlyByStrategy every known strategy, and whether it may only hold long positions */
    public RecommendationRules(Map<String, Boolean> longOnlyByStrategy) {
        this.longOnlyByStrategy = Map.copyOf(longOnlyByStrategy);
    }

    public List<Violation> check(Recommendation recommendation, Instant now) {
        Violations violations = new Violations();
        boolean expired = recommendation.validUntil() != null && !recommendation.validUntil().isAfter(now);
        // An expired idea also fails the shared "validUntil not before occurredAt" check; say it once, plainly.
        violations.addAll(recommendation.validate().stream()
                .filter(v -> !(expired && v.field().equals("validUntil"))).toList());
        String strategy = recommendation.strategy();
        if (strategy != null && !strategy.isBlank() && !longOnlyByStrategy.containsKey(strategy)) {
            violations.add("strategy", "unknown strategy '" + strategy + "'; known: "
                    + new TreeSet<>(longOnlyByStrategy.keySet()));
        }
        Side side = recommendation.side();
        if (side != null && Boolean.TRUE.equals(longOnlyByStrategy.get(strategy)) && !isLong(side)) {
            violations.add("side", strategy + " is long only: " + side + " is not allowed");
        }
        if (recommendation.quantity() != null && recommendation.quantity().signum() > 0
                && recommendation.quantity().stripTrailingZeros().scale() > 0) {
            violations.add("quantity", "must be a whole number of shares, got "
                    + Violations.shown(recommendation.quantity()));
        }
        tick(violations, "limitPrice", recommendation.limitPrice());
        tick(violations, "stopLoss", recommendation.stopLoss());
        tick(violations, "takeProfit", recommendation.takeProfit());
        if (side != null) {
            bracket(violations, side, recommendation.limitPrice(), recommendation.stopLoss(),
                    recommendation.takeProfit());
        }
        if (expired) {
            violations.add("validUntil", "has expired: " + recommendation.validUntil() + " is not after " + now);
        }
        return violations.toList();
    }

    private static boolean isLong(Side side) {
        return side == Side.BUY || side == Side.SELL;
    }

    /** Exchanges refuse sub-penny prices at or above $1 (SEC Rule 612); below $1, four decimals. */
    private static void tick(Violations violations, String field, BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            return;
        }
        int scale = price.stripTrailingZeros().scale();
        if (price.compareTo(ONE_DOLLAR) >= 0 && scale > 2) {
            violations.add(field, "must be in whole cents at or above $1, got " + Violations.shown(price));
        } else if (scale > 4) {
            violations.add(field, "must have at most 4 decimals below $1, got " + Violations.shown(price));
        }
    }

    /**
     * A long entry's stop lies below its entry and its target above; a short entry's the other way round. A closing
     * order (sell, buy to cover) only reduces a position and takes neither.
     */
    private static void bracket(Violations violations, Side side, BigDecimal entry, BigDecimal stop,
            BigDecimal target) {
        if (!Sides.opens(side)) {
            if (stop != null) {
                violations.add("stopLoss", "a " + side + " closes a position and takes no stop loss");
            }
            if (target != null) {
                violations.add("takeProfit", "a " + side + " closes a position and takes no take profit");
            }
            return;
        }
        boolean isLong = side == Side.BUY;
        String below = isLong ? "below" : "above";
        String above = isLong ? "above" : "below";
        if (entry != null && positive(entry)) {
            if (positive(stop) && !(isLong ? stop.compareTo(entry) < 0 : stop.compareTo(entry) > 0)) {
                violations.add("stopLoss", "must be " + below + " the limit price " + Violations.shown(entry)
                        + " for a " + side + ", got " + Violations.shown(stop));
            }
            if (positive(target) && !(isLong ? target.compareTo(entry) > 0 : target.compareTo(entry) < 0)) {
                violations.add("takeProfit", "must be " + above + " the limit price " + Violations.shown(entry)
                        + " for a " + side + ", got " + Violations.shown(target));
            }
        } else if (positive(stop) && positive(target)
                && !(isLong ? stop.compareTo(target) < 0 : stop.compareTo(target) > 0)) {
            violations.add("stopLoss", "must be " + below + " the take profit " + Violations.shown(target)
                    + " for a " + side + ", got " + Violations.shown(stop));
        }
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}

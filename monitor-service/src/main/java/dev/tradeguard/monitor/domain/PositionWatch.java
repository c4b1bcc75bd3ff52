package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's position rules on one snapshot. Stop-loss hit: a long at or below its stop, a short at or above it.
 * Profit target: unrealized gain at or above the target. Time exit: held longer than the limit and at a loss.
 * Whether an alert goes out is decided elsewhere (once per rule, position and New York day).
 */
public final class PositionWatch {
    private final BigDecimal profitTargetPct;
    private final Duration timeExitAfter;

    public PositionWatch(BigDecimal profitTargetPct, int timeExitDays) {
        this.profitTargetPct = profitTargetPct;
        this.timeExitAfter = Duration.ofDays(timeExitDays);
    }

    public List<TriggeredRule> evaluate(WatchedPosition position, Instant now) {
        List<TriggeredRule> fired = new ArrayList<>();
        BigDecimal gain = position.gainPct();
        String pct = gain.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
        BigDecimal stop = position.stopLoss();
        if (stop != null) {
            boolean hit = position.isShort() ? position.currentPrice().compareTo(stop) >= 0
                    : position.currentPrice().compareTo(stop) <= 0;
            if (hit) {
                fired.add(rule(PositionRule.STOP_LOSS_HIT, position, "Stop loss hit: " + position.symbol(),
                        position.symbol() + " is at " + position.currentPrice().toPlainString() + ", "
                                + (position.isShort() ? "at or above" : "at or below") + " its stop of "
                                + stop.toPlainString() + " (" + pct + "). Make sure the position is closed.",
                        Map.of("stopLoss", stop.toPlainString())));
            }
        }
        if (gain.compareTo(profitTargetPct) >= 0) {
            fired.add(rule(PositionRule.PROFIT_TARGET, position, "Profit target: " + position.symbol() + " " + pct,
                    position.symbol() + " is up " + pct + " (target "
                            + profitTargetPct.movePointRight(2).stripTrailingZeros().toPlainString()
                            + " %): consider taking profits.",
                    Map.of("profitTargetPct", profitTargetPct.toPlainString())));
        }
        Duration held = Duration.between(position.openedAt(), now);
        if (held.compareTo(timeExitAfter) > 0 && gain.signum() < 0) {
            fired.add(rule(PositionRule.TIME_EXIT, position, "Time exit: " + position.symbol(),
                    position.symbol() + " has been held " + held.toDays() + " days and is at " + pct
                            + ": consider closing it.",
                    Map.of("heldDays", String.valueOf(held.toDays()))));
        }
        return fired;
    }

    private static TriggeredRule rule(PositionRule rule, WatchedPosition position, String subject, String message,
            Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("symbol", position.symbol());
        details.put("quantity", position.quantity().toPlainString());
        details.put("avgEntryPrice", position.avgEntryPrice().toPlainString());
        details.put("currentPrice", position.currentPrice().toPlainString());
        details.put("unrealizedPlPct", position.gainPct().toPlainString());
        details.putAll(extra);
        if (position.recommendationId() != null) {
            details.put("recommendationId", position.recommendationId());
        }
        return new TriggeredRule(rule, position.symbol(), subject, message, details);
    }
}

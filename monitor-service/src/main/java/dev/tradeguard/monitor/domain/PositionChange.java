package dev.tradeguard.monitor.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.event.OrderUpdate;

/**
 * What one fill did to the account's position in its symbol, every strategy together as the broker holds it. The
 * position after the fill is the one of the {@link TradeLedger#netted netted} ledger; before it, that less the fill (a
 * net quantity does not depend on the order the fills arrived in). Flat before (or held the other way) and held after:
 * the fill opened a position. Held before and flat after (or held the other way): it closed one. A fill that crosses
 * zero does both; adding to a position or trimming it does neither.
 *
 * @param closed the round trip the fill closed; null when it closed none
 * @param opened the position the fill opened; null when it opened none
 */
public record PositionChange(RoundTrip closed, OpenPosition opened) {

    /**
     * The alert of a change: POSITION_OPENED or POSITION_CLOSED (and STOP_LOSS_HIT when a stop closed it), for the
     * position's strategy and recommendation.
     */
    public record Notice(AlertType type, String strategy, String recommendationId, String subject, String message,
            Map<String, String> details) {
    }

    /** What {@code fill} did, given {@code after}: the netted ledger of its account and symbol, the fill included. */
    public static PositionChange of(LedgerFill fill, Ledger after) {
        Optional<OpenPosition> open = after.openPositions().stream().findFirst();
        BigDecimal now = open.map(OpenPosition::quantity).orElse(BigDecimal.ZERO);
        BigDecimal before = now.subtract(fill.signedQuantity());
        if (before.signum() == now.signum()) {
            return new PositionChange(null, null);
        }
        List<RoundTrip> trips = after.roundTrips();
        RoundTrip closed = before.signum() == 0 || trips.isEmpty() ? null : trips.get(trips.size() - 1);
        return new PositionChange(closed, open.orElse(null));
    }

    /**
     * The alerts of the change, the close first. {@code fill} is the update that made it; {@code source} the
     * recommendation that opened the new position, if known (its stop and take profit).
     */
    public List<Notice> notices(OrderUpdate fill, Optional<StoredRecommendation> source) {
        List<Notice> notices = new ArrayList<>();
        if (closed != null) {
            ExitReason reason = ExitReason.of(fill.orderType(), fill.correlationId(), closed.correlationId());
            if (reason == ExitReason.STOP_LOSS) {
                // The guide's critical STOP_LOSS_HIT: with a bracket the stop leg closes the position at the stop,
                // before any positions snapshot could show the price through it, so the fill is where it is seen.
                notices.add(stopLossHitNotice(closed));
            }
            notices.add(closedNotice(closed, reason));
        }
        if (opened != null) {
            notices.add(openedNotice(opened, fill, source));
        }
        return notices;
    }

    private static Notice openedNotice(OpenPosition position, OrderUpdate fill,
            Optional<StoredRecommendation> source) {
        Direction direction = position.quantity().signum() < 0 ? Direction.SHORT : Direction.LONG;
        String quantity = position.quantity().abs().toPlainString();
        String price = position.averageEntryPrice().toPlainString();
        BigDecimal stop = source.map(StoredRecommendation::stopLoss).orElse(null);
        BigDecimal target = source.map(StoredRecommendation::takeProfit).orElse(null);
        boolean partial = fill.event() == OrderEventType.PARTIAL_FILL && fill.quantity() != null;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("symbol", position.symbol());
        details.put("side", direction.name());
        details.put("quantity", quantity);
        details.put("avgFillPrice", price);
        details.put("stopLoss", plain(stop));
        details.put("takeProfit", plain(target));
        details.put("orderQuantity", partial ? fill.quantity().toPlainString() : null);
        details.put("openedAt", position.openedAt().toString());
        details.put("strategy", position.strategy());
        details.put("recommendationId", position.correlationId());
        String message = position.symbol() + " " + words(direction) + " " + quantity + " opened at " + price
                + (stop == null ? ", no stop loss known" : ", stop loss " + stop.toPlainString())
                + (target == null ? "" : ", take profit " + target.toPlainString())
                + (partial ? "; first fill of an order for " + fill.quantity().toPlainString() : "") + ".";
        return new Notice(AlertType.POSITION_OPENED, position.strategy(), position.correlationId(),
                "Position opened: " + position.symbol() + " " + direction + " " + quantity + " @ " + price, message,
                details);
    }

    private static Notice stopLossHitNotice(RoundTrip trip) {
        String pnl = trip.realizedPnl().toPlainString();
        Map<String, String> details = tripDetails(trip, exit -> {
            exit.put("stopFillPrice", trip.exitPrice().toPlainString());
            exit.put("realizedPnl", pnl);
            exit.put("closedAt", trip.closedAt().toString());
        });
        // Same subject as the position watch's STOP_LOSS_HIT, so alert-service collapses the two if both fire.
        return new Notice(AlertType.STOP_LOSS_HIT, trip.strategy(), trip.correlationId(),
                "Stop loss hit: " + trip.symbol(), trip.symbol() + " " + words(trip.direction()) + " "
                        + trip.quantity().toPlainString() + " was stopped out at " + trip.exitPrice().toPlainString()
                        + " (entry " + trip.entryPrice().toPlainString() + "), realized P&L " + pnl + " ("
                        + RedFlags.percent(trip.returnPct()) + "). The position is closed.",
                details);
    }

    private static Notice closedNotice(RoundTrip trip, ExitReason reason) {
        String pnl = trip.realizedPnl().toPlainString();
        String pct = RedFlags.percent(trip.returnPct());
        Map<String, String> details = tripDetails(trip, exit -> {
            exit.put("exitPrice", trip.exitPrice().toPlainString());
            exit.put("realizedPnl", pnl);
            exit.put("realizedPnlPct", trip.returnPct().toPlainString());
            exit.put("holdingTime", trip.holdingTime().toString());
            exit.put("openedAt", trip.openedAt().toString());
            exit.put("closedAt", trip.closedAt().toString());
            exit.put("exitReason", reason == null ? null : reason.name());
        });
        String message = trip.symbol() + " " + words(trip.direction()) + " " + trip.quantity().toPlainString()
                + " closed" + (reason == null ? "" : " by " + reason.words()) + ": entry "
                + trip.entryPrice().toPlainString() + ", exit " + trip.exitPrice().toPlainString()
                + ", realized P&L " + pnl + " (" + pct + "), held " + words(trip.holdingTime()) + ".";
        return new Notice(AlertType.POSITION_CLOSED, trip.strategy(), trip.correlationId(),
                "Position closed: " + trip.symbol() + " " + trip.direction() + " " + pnl + " (" + pct + ")", message,
                details);
    }

    /**
     * The details of an alert on a closed round trip, in the order they are listed: the trip, then what {@code exit}
     * adds of its close, then whose it was. Both such alerts read alike, so the two of one stop are easy to match.
     */
    private static Map<String, String> tripDetails(RoundTrip trip, Consumer<Map<String, String>> exit) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("symbol", trip.symbol());
        details.put("side", trip.direction().name());
        details.put("quantity", trip.quantity().toPlainString());
        details.put("entryPrice", trip.entryPrice().toPlainString());
        exit.accept(details);
        details.put("strategy", trip.strategy());
        details.put("recommendationId", trip.correlationId());
        return details;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String words(Direction direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }

    /** 2 d 3 h 5 min; whole minutes, 0 min under one. */
    static String words(Duration held) {
        StringJoiner words = new StringJoiner(" ");
        if (held.toDays() > 0) {
            words.add(held.toDays() + " d");
        }
        if (held.toHoursPart() > 0) {
            words.add(held.toHoursPart() + " h");
        }
        if (held.toMinutesPart() > 0 || words.length() == 0) {
            words.add(held.toMinutesPart() + " min");
        }
        return words.toString();
    }
}

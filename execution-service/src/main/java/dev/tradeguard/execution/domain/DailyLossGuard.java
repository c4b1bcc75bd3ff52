package dev.tradeguard.execution.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;

/**
 * execution-service's own daily-loss guard, independent of risk-service's HALTED: the book's equity against the
 * previous close's. At or past −MAX_DAILY_LOSS_PCT it is breached; it re-arms by itself once the book is back above
 * the limit (a new day's last equity, a recovery), because it is a guard on this process's sends, not the kill switch.
 *
 * @param breached whether new entries are refused now
 * @param known false while the book has no broker answer yet or the last equity is not positive: nothing to compare
 * @param mark the price that moved the book to this state (null for a reconciliation)
 */
public record DailyLossGuard(boolean breached, boolean known, BigDecimal equity, BigDecimal lastEquity,
        BigDecimal change, BigDecimal limit, Mark mark) {

    /** The trade (or fill) that last valued the book. */
    public record Mark(String symbol, BigDecimal price, Instant at) {
        @Override
        public String toString() {
            return symbol + " " + price.toPlainString() + " at " + at;
        }
    }

    public static DailyLossGuard unknown(BigDecimal limit) {
        return new DailyLossGuard(false, false, null, null, null, limit, null);
    }

    public static DailyLossGuard evaluate(BigDecimal equity, BigDecimal lastEquity, BigDecimal limit, Mark mark) {
        if (equity == null || lastEquity == null || lastEquity.signum() <= 0) {
            return new DailyLossGuard(false, false, equity, lastEquity, null, limit, mark);
        }
        BigDecimal change = equity.subtract(lastEquity).divide(lastEquity, MathContext.DECIMAL64);
        return new DailyLossGuard(change.compareTo(limit.negate()) <= 0, true, equity, lastEquity, change, limit, mark);
    }

    /** e.g. {@code equity 97,000.00 is -3.00 % vs last close 100,000.00; MAX_DAILY_LOSS_PCT 2.00 %}. */
    public String describe() {
        if (!known) {
            return "the account's equity against the last close is not known yet";
        }
        return "equity " + money(equity) + " is " + percent(change) + " vs last close " + money(lastEquity)
                + "; MAX_DAILY_LOSS_PCT " + percent(limit) + (mark == null ? "" : " (mark " + mark + ")");
    }

    private static String money(BigDecimal value) {
        return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}

package dev.tradeguard.brokersim.domain;

import java.time.LocalDate;

/**
 * A portfolio-history period, {@code <amount><unit>}: D counts trading days ending with the last date (so 1D is that
 * session), W, M and A (year) count calendar weeks, months and years back from it.
 */
public record PortfolioPeriod(int amount, char unit) {

    public static final PortfolioPeriod DEFAULT = new PortfolioPeriod(1, 'M');

    public PortfolioPeriod {
        if (amount < 1) {
            throw new IllegalArgumentException("period amount must be >= 1, got " + amount);
        }
        if ("DWMA".indexOf(unit) < 0) {
            throw new IllegalArgumentException("period unit must be D, W, M or A, got " + unit);
        }
    }

    /** The period's length in calendar days, as Alpaca's default timeframe and intraday limit measure it. */
    public long approximateDays() {
        return switch (unit) {
            case 'D' -> amount;
            case 'W' -> 7L * amount;
            case 'M' -> 30L * amount;
            default -> 365L * amount;
        };
    }

    /** The first calendar date the period covers when it ends on {@code last}; D is resolved by the caller. */
    public LocalDate calendarStart(LocalDate last) {
        return switch (unit) {
            case 'W' -> last.minusWeeks(amount).plusDays(1);
            case 'M' -> last.minusMonths(amount).plusDays(1);
            case 'A' -> last.minusYears(amount).plusDays(1);
            default -> throw new IllegalStateException("trading-day periods start where the calendar says");
        };
    }

    public boolean inTradingDays() {
        return unit == 'D';
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}

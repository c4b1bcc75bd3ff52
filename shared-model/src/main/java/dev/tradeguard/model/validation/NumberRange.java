package dev.tradeguard.model.validation;

import java.math.BigDecimal;

/**
 * The documented range of one kind of number in events and request bodies (docs/events.md, "Numbers"). Every
 * consumer stores these values in fixed-precision columns (NUMERIC(19,6) for quantities and prices, NUMERIC(19,4) for
 * account money), so anything outside its range is refused where it enters — a 400 or the DLQ, naming field and
 * range — instead of overflowing a column, or worse, being traded. The decimals bound also stops {@code 1e-400} and
 * keeps a hostile exponent such as {@code 1e-999999999} from ever being written out digit by digit.
 *
 * @param unit what the number counts, for the message ("shares")
 * @param minExclusive whether {@code min} itself is outside (prices and order quantities must be greater than 0)
 * @param maxDecimals digits after the decimal point, trailing zeros not counted ({@code 155.50} has 1)
 */
public record NumberRange(String unit, BigDecimal min, boolean minExclusive, BigDecimal max, int maxDecimals) {
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal TEN_MILLION = new BigDecimal("10000000");
    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    /** Shares of an order, a recommendation or a fill: more than 0, at most a billion; Alpaca trades 9 decimals. */
    public static final NumberRange SHARES = new NumberRange("shares", BigDecimal.ZERO, true, BILLION, 9);

    /** Shares filled so far: 0 to a billion. */
    public static final NumberRange FILLED_SHARES =
            new NumberRange("shares", BigDecimal.ZERO, false, BILLION, 9);

    /** A position, signed (negative is a short): minus a billion to a billion. */
    public static final NumberRange POSITION_SHARES =
            new NumberRange("shares, negative for a short", BILLION.negate(), false, BILLION, 9);

    /** A price per share: more than 0, at most $10,000,000 (Berkshire A trades below $1M). */
    public static final NumberRange PRICE =
            new NumberRange("dollars per share", BigDecimal.ZERO, true, TEN_MILLION, 10);

    /** An amount of an account (equity, cash, market value, cost basis, P&amp;L): plus or minus a trillion dollars. */
    public static final NumberRange MONEY = new NumberRange("dollars", TRILLION.negate(), false, TRILLION, 10);

    /** Money that cannot be negative (buying power): 0 to a trillion dollars. */
    public static final NumberRange NON_NEGATIVE_MONEY =
            new NumberRange("dollars", BigDecimal.ZERO, false, TRILLION, 10);

    /** A fraction from 0 to 1 (confidence). */
    public static final NumberRange FRACTION =
            new NumberRange("a fraction", BigDecimal.ZERO, false, BigDecimal.ONE, 10);

    /**
     * A signed ratio such as unrealized P&amp;L over cost basis ({@code 0.2} = +20 %): a short can lose more than
     * 100 %, so minus to plus 1000; the broker writes up to 16 decimals.
     */
    public static final NumberRange RATIO =
            new NumberRange("a ratio, 0.2 = +20 %", THOUSAND.negate(), false, THOUSAND, 20);

    /** Beyond this a scale is only a hostile exponent on a zero ({@code 0e999999999}), which no writer can spell out. */
    private static final int MAX_SCALE = 1000;

    /** Whether {@code value} lies in this range with at most {@link #maxDecimals} decimals. */
    public boolean admits(BigDecimal value) {
        if (Math.abs((long) value.scale()) > MAX_SCALE) {
            return false;
        }
        int lower = value.compareTo(min);
        if (lower < 0 || (minExclusive && lower == 0) || value.compareTo(max) > 0) {
            return false;
        }
        // the JSON parser allows at most 1000 digits, so stripping trailing zeros stays cheap even for 1e-999999999
        return value.stripTrailingZeros().scale() <= maxDecimals;
    }

    /** {@code "greater than 0 and at most 1000000000 (shares, at most 9 decimals)"}. */
    public String describe() {
        return (minExclusive ? "greater than " + min.toPlainString() + " and at most "
                : "between " + min.toPlainString() + " and ") + max.toPlainString() + " (" + unit + ", at most "
                + maxDecimals + " decimals)";
    }
}

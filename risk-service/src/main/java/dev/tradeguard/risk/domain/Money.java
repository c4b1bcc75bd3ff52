package dev.tradeguard.risk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How risk messages show money and fractions: {@code $25,000.00}, {@code 2.10%}. */
public final class Money {
    private Money() {
    }

    public static String dollars(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** Prices as Alpaca takes them: cents at or above $1, four decimals below. */
    public static BigDecimal price(BigDecimal value) {
        return value.setScale(value.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4, RoundingMode.HALF_EVEN);
    }
}

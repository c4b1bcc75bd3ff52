package dev.tradeguard.cli.command;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.JsonNode;

/** How values read on a terminal (and in paper-month's report). */
public final class Text {
    private Text() {
    }

    /** A value as sent, or "-" when absent. */
    public static String value(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? "-" : node.isNumber()
                ? node.decimalValue().toPlainString() : node.asText();
    }

    public static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String money(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String signedMoney(BigDecimal value) {
        return value == null ? "-" : (value.signum() > 0 ? "+" : "") + money(value);
    }

    /** A fraction (0.0123) as a signed percentage (+1.23 %). */
    public static String signedPercent(BigDecimal fraction) {
        if (fraction == null) {
            return "-";
        }
        BigDecimal pct = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + " %";
    }
}

package dev.tradeguard.risk.rest;

import java.math.BigDecimal;
import java.util.List;

import dev.tradeguard.model.validation.NumberRange;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;

/** Request bodies of risk-service, each able to say what is wrong with it. */
public final class Requests {
    private Requests() {
    }

    /**
     * A {@code limit} query parameter: absent is {@code fallback}; anything but a whole number from 1 to {@code max}
     * is a 400 naming it, never quietly clamped.
     */
    public static int limit(String limit, int fallback, int max) {
        if (limit == null || limit.isBlank()) {
            return fallback;
        }
        try {
            int rows = Integer.parseInt(limit.strip());
            if (rows >= 1 && rows <= max) {
                return rows;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // refused below, naming the value
        }
        throw new InvalidRequestException(List.of(new Violation("limit", "must be a whole number from 1 to " + max
                + ", got '" + limit + "'")));
    }

    /** A state change or a rejection: the reason is required and goes into the audit log. */
    public record Reason(String reason) {
        public String validated() {
            Violations violations = new Violations();
            violations.required("reason", reason);
            violations.maxLength("reason", reason, 1000);
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations.toList());
            }
            return reason.strip();
        }
    }

    /** Capital above zero, in dollars, to the cent. */
    static final NumberRange CAPITAL = new NumberRange("dollars", BigDecimal.ZERO, true,
            new BigDecimal("1000000000000"), 2);

    /**
     * A change of the capital TradeGuard may deploy for an account: the capital (required, above zero) and optionally
     * the cash reserve to keep (a fraction of equity; unchanged when absent). The reason goes into the audit log.
     */
    public record CapitalChange(BigDecimal capital, BigDecimal cashReservePct, String reason) {
        public CapitalChange validated() {
            Violations violations = new Violations();
            violations.requiredWithin("capital", capital, CAPITAL);
            violations.within("cashReservePct", cashReservePct, NumberRange.FRACTION);
            violations.requiredText("reason", reason, 1000);
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations.toList());
            }
            return new CapitalChange(capital, cashReservePct, reason.strip());
        }
    }

    /** An approval: optionally fewer whole shares than proposed, never more. */
    public record Approve(BigDecimal quantity, String comment) {
        public BigDecimal validatedQuantity() {
            Violations violations = new Violations();
            violations.within("quantity", quantity, NumberRange.SHARES);
            if (violations.isEmpty() && quantity != null && quantity.stripTrailingZeros().scale() > 0) {
                violations.add("quantity", "must be a whole number of shares, got " + Violations.shown(quantity));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations.toList());
            }
            return quantity;
        }
    }
}

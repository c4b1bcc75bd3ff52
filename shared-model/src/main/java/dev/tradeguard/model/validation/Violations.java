package dev.tradeguard.model.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects every violation of a validation pass, instead of stopping at the first, so a caller learns all that is
 * wrong at once. Each check names its field.
 */
public final class Violations {
    private final List<Violation> list;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<Violation> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    public Violations add(String field, String message) {
        list.add(new Violation(prefix + field, message));
        return this;
    }

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters, got " + value.length());
        }
    }

    /** The value lies in its documented {@link NumberRange}, when present. */
    public void within(String field, BigDecimal value, NumberRange range) {
        if (value != null && !range.admits(value)) {
            add(field, "must be " + range.describe() + ", got " + shown(value));
        }
    }

    /** Required, and in its documented {@link NumberRange}. */
    public void requiredWithin(String field, BigDecimal value, NumberRange range) {
        required(field, value);
        within(field, value, range);
    }

    /** Required (not blank), and at most {@code max} characters. */
    public void requiredText(String field, String value, int max) {
        required(field, value);
        maxLength(field, value, max);
    }

    /** {@code min <= value <= max}, when present. */
    public void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    /**
     * A number as a message shows it: plain ({@code 155.50}) when that is short, else scientific ({@code 1E+400}),
     * cut to 40 characters. Never {@code toPlainString()} of an unchecked value: {@code 1e-999999999} would be a
     * billion characters.
     */
    public static String shown(BigDecimal value) {
        long plainLength = value.precision() + Math.abs((long) value.scale());
        String text = plainLength <= 40 ? value.toPlainString() : value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    public void notBefore(String field, Instant value, String otherField, Instant other) {
        if (value != null && other != null && value.isBefore(other)) {
            add(field, "must not be before " + otherField + " (" + other + "), got " + value);
        }
    }

    /** Checks on an element of a nested list report under {@code field[index].}. */
    public Violations nested(String field, int index) {
        return new Violations(list, prefix + field + "[" + index + "].");
    }

    /** Checks on a nested object report under {@code field.}. */
    public Violations nested(String field) {
        return new Violations(list, prefix + field + ".");
    }

    public void addAll(Collection<Violation> violations) {
        list.addAll(violations);
    }

    public List<Violation> toList() {
        return List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** {@code "quantity: must be greater than 0, got -5; symbol: is required"}. */
    public static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}

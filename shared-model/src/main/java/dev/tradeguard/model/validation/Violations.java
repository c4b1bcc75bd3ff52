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

    /** {@code value > 0}, when present. */
    public void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            add(field, "must be greater than 0, got " + value.toPlainString());
        }
    }

    /** {@code value >= 0}, when present. */
    public void notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            add(field, "must not be negative, got " + value.toPlainString());
        }
    }

    /** {@code min <= value <= max}, when present. */
    public void between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            add(field, "must be between " + min.toPlainString() + " and " + max.toPlainString() + ", got "
                    + value.toPlainString());
        }
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

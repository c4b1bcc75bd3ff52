package dev.tradeguard.model.validation;

/** One thing wrong with an event or request, named by its field path (e.g. {@code positions[2].quantity}). */
public record Violation(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}

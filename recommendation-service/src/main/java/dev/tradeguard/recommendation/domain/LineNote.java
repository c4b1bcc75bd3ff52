package dev.tradeguard.recommendation.domain;

/** What the parser made of a line that is neither an order nor a rejected-table row. */
public record LineNote(int line, Kind kind, String message) {
    public enum Kind {
        /** The row is unusable; {@code message} says why. */
        REJECTED,
        /** A "No buy orders today" row. */
        NO_ORDERS,
        /** Read, nothing to import (a section heading, "All recommendations approved", a rationale entry). */
        NOTE,
        /** A table outside any bot section or order table, skipped. */
        IGNORED
    }
}

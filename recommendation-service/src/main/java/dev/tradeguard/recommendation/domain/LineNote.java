package dev.tradeguard.recommendation.domain;

import dev.tradeguard.model.Side;

/**
 * What the parser made of a line that is neither an order nor a rejected-table row.
 *
 * @param section the bot section it stood in, {@code null} outside one
 * @param symbol the row's symbol and {@code side} its side, when they could be read
 */
public record LineNote(int line, Kind kind, String message, BotSection section, String symbol, Side side) {
    public enum Kind {
        /** The row is unusable; {@code message} says why. */
        REJECTED,
        /** A "No buy orders today" row. */
        NO_ORDERS,
        /** Read, nothing to import (a section heading, "All recommendations approved", a rationale entry). */
        NOTE,
        /** The file disagrees with itself, e.g. its validation summary with the rows its tables hold. */
        WARNING,
        /** A table outside any bot section or order table, skipped. */
        IGNORED
    }

    public LineNote(int line, Kind kind, String message, BotSection section) {
        this(line, kind, message, section, null, null);
    }
}

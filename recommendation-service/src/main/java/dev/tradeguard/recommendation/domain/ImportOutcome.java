package dev.tradeguard.recommendation.domain;

/** What an import did with one line of a file. */
public enum ImportOutcome {
    /** A new recommendation, stored and published. */
    CREATED,
    /** The same row was imported before: nothing new. */
    ALREADY_IMPORTED,
    /** Not imported; the detail says why. */
    REJECTED,
    /** A rejected-table row kept for the record, never traded. */
    INFORMATION,
    /** A "No buy orders today" row. */
    NO_ORDERS,
    /** Read, nothing to import. */
    NOTE,
    /** The file disagrees with itself (its validation summary with its tables); nothing is held back for it. */
    WARNING,
    /** Outside any bot section or order table. */
    IGNORED
}

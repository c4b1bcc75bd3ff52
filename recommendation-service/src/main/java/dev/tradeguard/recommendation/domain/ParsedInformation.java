package dev.tradeguard.recommendation.domain;

/** A row of a "rejected recommendations" table: kept for the record, never traded. */
public record ParsedInformation(int line, BotSection section, String symbol, String source, String reason,
        int occurrence) {
}

package dev.tradeguard.recommendation.domain;

/** A row of a "rejected recommendations" table: kept for the record, never traded. */
public record ParsedInformation(int line, String bot, String symbol, String source, String reason, int occurrence) {

    public String strategy() {
        return TodaysTradesParser.strategyOf(bot);
    }
}

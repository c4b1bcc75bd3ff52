package dev.tradeguard.recommendation.domain;

/**
 * A bot section of a TODAYS_TRADES file and the mode its bot meant: paper, live, or unclear (the file contradicts
 * itself), in which case {@code refusal} says why and nothing of the section is imported.
 *
 * @param bot the strategy, e.g. {@code DEE-BOT}, without any live marker
 * @param mode {@code null} when unclear
 */
public record BotSection(String bot, TradingMode mode, String refusal) {

    public static BotSection of(String bot, TradingMode mode) {
        return new BotSection(bot, mode, null);
    }

    public static BotSection unclear(String bot, String refusal) {
        return new BotSection(bot, null, refusal);
    }

    /** Names the section in row ids: the bot, {@code _LIVE} for a live one (as the file's {@code DEE-BOT_LIVE}). */
    public String idKey() {
        return mode == TradingMode.LIVE ? bot + "_LIVE" : mode == null ? bot + "_UNCLEAR" : bot;
    }

    @Override
    public String toString() {
        return bot + " (" + (mode == null ? "mode unclear" : mode.key()) + ")";
    }
}

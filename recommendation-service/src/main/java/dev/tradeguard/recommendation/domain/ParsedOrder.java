package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.tradeguard.model.Side;

/**
 * One order row of a TODAYS_TRADES file, read but not yet validated.
 *
 * @param section the bot section and the mode (paper or live) its bot meant
 * @param table the table it stood in ({@code SELL}, {@code BUY}, {@code SELL_SHORT}, {@code BUY_TO_COVER},
 *        {@code EXIT}); with the section, {@code symbol} and {@code occurrence} it names the row stably across
 *        re-imports
 * @param limitPrice {@code null} for a market order ({@code MARKET} in the file) or when the table has no price
 * @param occurrence how many rows of the same bot, table and symbol came before it
 * @param notes how the row was read, where that is not obvious (a side taken from the trade rationale, a dropped stop)
 */
public record ParsedOrder(int line, BotSection section, String table, String symbol, Side side, BigDecimal quantity,
        BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal confidence, String source,
        String rationale, String catalyst, LocalDate catalystDate, int occurrence, List<String> notes) {

    public String strategy() {
        return section.bot();
    }
}

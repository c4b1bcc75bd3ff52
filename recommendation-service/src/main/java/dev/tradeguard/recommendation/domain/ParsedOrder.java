package dev.tradeguard.recommendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.tradeguard.model.Side;

/**
 * One order row of a TODAYS_TRADES file, read but not yet validated.
 *
 * @param bot the section's bot name as written, e.g. {@code SHORGAN-BOT} or {@code DEE-BOT_LIVE}
 * @param table the table it stood in ({@code SELL} or {@code BUY}); with {@code symbol} and {@code occurrence}
 *        it names the row stably across re-imports
 * @param occurrence how many rows of the same bot, table and symbol came before it
 * @param notes how the row was read, where that is not obvious (a side taken from the trade rationale, a dropped stop)
 */
public record ParsedOrder(int line, String bot, String table, String symbol, Side side, BigDecimal quantity,
        BigDecimal limitPrice, BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal confidence, String source,
        String rationale, String catalyst, LocalDate catalystDate, int occurrence, List<String> notes) {

    /** The bot without its {@code _LIVE} suffix: the strategy. */
    public String strategy() {
        return TodaysTradesParser.strategyOf(bot);
    }
}

package dev.tradeguard.cli.papermonth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A TODAYS_TRADES file in the original bot's format for a day without one, as deploy/local/sample-trades.sh writes it:
 * limits just over the simulator's last trade (marketable, inside risk's collar), stops 5–10 % under. Which symbols
 * each bot buys that day is drawn from the seed and the date, so the same seed and prices give the same file.
 */
public final class SampleTrades {
    /** DEE-BOT's defensive picks (S&amp;P 100 names and index funds of the simulator's default symbols). */
    static final List<String> DEE_BOT_UNIVERSE = List.of("SPY", "AAPL", "MSFT", "GOOGL", "AMZN", "QQQ");
    /** SHORGAN-BOT's catalyst picks. */
    static final List<String> SHORGAN_BOT_UNIVERSE = List.of("NVDA", "META", "TSLA", "IWM");
    /** Roughly what one position may be: under risk's max-position-size-pct of each bot's half of 100 000. */
    static final BigDecimal DEE_BOT_BUDGET = new BigDecimal("2000");
    static final BigDecimal SHORGAN_BOT_BUDGET = new BigDecimal("4000");
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    private SampleTrades() {
    }

    /** The symbols whose prices {@link #markdown} needs for the day, in the order it uses them. */
    public static List<String> symbols(LocalDate day, long seed) {
        List<String> symbols = new ArrayList<>(picks(DEE_BOT_UNIVERSE, 2, day, seed));
        symbols.addAll(picks(SHORGAN_BOT_UNIVERSE, 1, day, seed + 1));
        return symbols;
    }

    private static List<String> picks(List<String> universe, int count, LocalDate day, long seed) {
        List<String> shuffled = new ArrayList<>(universe);
        Collections.shuffle(shuffled, new Random(seed * 1_000_003L + day.toEpochDay()));
        return shuffled.subList(0, count);
    }

    /**
     * The day's file. {@code prices} holds the last trade of each of {@link #symbols}; a symbol without a price is
     * left out (so is a bot with no priced symbol: its section then says it has no buy orders).
     */
    public static String markdown(LocalDate day, long seed, Map<String, BigDecimal> prices) {
        List<String> picks = symbols(day, seed);
        List<String> dee = picks.subList(0, 2);
        List<String> shorgan = picks.subList(2, 3);
        StringBuilder md = new StringBuilder();
        md.append("# Today's AI-Generated Trade Recommendations\n")
                .append("## ").append(HEADING.format(day)).append('\n')
                .append("## Generated: 08:30 AM ET\n\n---\n\n## 📊 VALIDATION SUMMARY\n")
                .append("**Research Sources**: TradeGuard paper-month sample (synthetic, not advice; seed ")
                .append(seed).append(")\n\n---\n\n")
                .append("## 🛡️ DEE-BOT TRADES (Defensive S&P 100)\n**Strategy**: LONG-ONLY\n\n");
        buyOrders(md, dee, prices, DEE_BOT_BUDGET, new BigDecimal("1.002"), new BigDecimal("0.93"), "72%",
                "Sample: defensive pick of the day");
        md.append("\n### REJECTED RECOMMENDATIONS (for transparency)\n| Symbol | Source | Rejection Reason |\n")
                .append("|--------|--------|------------------|\n")
                .append("| TSLA | CLAUDE | Sample: volatility above the defensive mandate |\n\n---\n\n")
                .append("## 🚀 SHORGAN-BOT TRADES (Catalyst-Driven)\n**Strategy**: Event-driven\n\n")
                .append("### SELL ORDERS\n\n| No sell orders today | - | - | - | - | - |\n\n");
        buyOrders(md, shorgan, prices, SHORGAN_BOT_BUDGET, new BigDecimal("1.003"), new BigDecimal("0.90"), "68%",
                "Sample: catalyst this week");
        return md.toString();
    }

    private static void buyOrders(StringBuilder md, List<String> symbols, Map<String, BigDecimal> prices,
            BigDecimal budget, BigDecimal limitFactor, BigDecimal stopFactor, String confidence, String rationale) {
        md.append("### BUY ORDERS\n");
        List<String> rows = new ArrayList<>();
        for (String symbol : symbols) {
            BigDecimal price = prices.get(symbol);
            if (price == null || price.signum() <= 0) {
                continue;
            }
            BigDecimal limit = price.multiply(limitFactor).setScale(2, RoundingMode.HALF_EVEN);
            int shares = Math.max(1, budget.divide(limit, 0, RoundingMode.DOWN).intValue());
            rows.add("| " + symbol + " | " + shares + " | $" + limit.toPlainString() + " | $"
                    + price.multiply(stopFactor).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " | "
                    + confidence + " | CLAUDE | " + rationale + " |\n");
        }
        if (rows.isEmpty()) {
            md.append("\n| No buy orders today | - | - | - | - | - |\n");
            return;
        }
        md.append("| Symbol | Shares | Limit Price | Stop Loss | Confidence | Source | Rationale |\n")
                .append("|--------|--------|-------------|-----------|------------|--------|-----------|\n");
        rows.forEach(md::append);
    }
}

package dev.tradeguard.model.event;

import java.util.regex.Pattern;

import dev.tradeguard.model.validation.Violations;

final class Symbols {
    /** US equity tickers as Alpaca writes them: {@code AAPL}, {@code BRK.B}. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9.]{0,9}");

    private Symbols() {
    }

    static void check(Violations violations, String field, String symbol) {
        if (violations.required(field, symbol) && !SYMBOL.matcher(symbol).matches()) {
            violations.add(field, "must be an upper-case ticker like AAPL or BRK.B, got '" + symbol + "'");
        }
    }
}

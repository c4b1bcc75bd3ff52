package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.Bar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one-minute bars from CSV: {@code symbol,timestamp,open,high,low,close,volume} with an RFC 3339 timestamp (the
 * bar's start); a header line and blank lines are skipped. Any malformed line fails the whole file, naming the line.
 */
public final class CsvBars {

    private CsvBars() {
    }

    public static Map<String, List<Bar>> read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bars from " + file, e);
        }
    }

    public static Map<String, List<Bar>> parse(List<String> lines) {
        Map<String, List<Bar>> bars = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("symbol"))) {
                continue;
            }
            Bar bar = parseLine(line, i + 1);
            bars.computeIfAbsent(bar.symbol(), s -> new ArrayList<>()).add(bar);
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("the bars file holds no bars");
        }
        return bars;
    }

    private static Bar parseLine(String line, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected 7 columns "
                    + "(symbol,timestamp,open,high,low,close,volume), found " + cells.length);
        }
        try {
            String symbol = cells[0].trim().toUpperCase(Locale.ROOT);
            Instant timestamp = Instant.parse(cells[1].trim());
            BigDecimal open = price(cells[2]);
            BigDecimal high = price(cells[3]);
            BigDecimal low = price(cells[4]);
            BigDecimal close = price(cells[5]);
            long volume = Long.parseLong(cells[6].trim());
            if (symbol.isEmpty() || high.compareTo(low) < 0 || high.compareTo(open.max(close)) < 0
                    || low.compareTo(open.min(close)) > 0 || volume < 0) {
                throw new IllegalArgumentException("inconsistent bar");
            }
            BigDecimal vwap = high.add(low).add(close).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_EVEN);
            return new Bar(symbol, timestamp, MarketData.MINUTE, open, high, low, close, volume, 0, vwap);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static BigDecimal price(String cell) {
        BigDecimal value = new BigDecimal(cell.trim());
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("prices must be > 0");
        }
        return value;
    }
}

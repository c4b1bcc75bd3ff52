package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.Bar;
import dev.tradeguard.model.market.NyseCalendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads bars from CSV, in one of two formats told apart by the header ({@code timestamp} or {@code date} in the second
 * column), or without a header by the first line's second cell:
 * <ul>
 * <li>one-minute bars, {@code symbol,timestamp,open,high,low,close,volume} with an RFC 3339 timestamp (the bar's
 * start), replayed as they are;</li>
 * <li>daily bars, {@code symbol,date,open,high,low,close,volume} with a New York trading day ({@code 2025-11-24}), one
 * row per symbol and day, each expanded to a session of one-minute bars by {@link #expandDay}.</li>
 * </ul>
 * Blank lines are skipped. Any malformed line fails the whole file, naming the file and the line.
 */
public final class CsvBars {
    /** The share of the session after which a daily bar's path has reached its first extreme, and its second. */
    static final int FIRST_EXTREME_THIRD = 1;
    static final int SECOND_EXTREME_THIRD = 2;

    private enum Format {
        MINUTE("symbol,timestamp,open,high,low,close,volume"), DAILY("symbol,date,open,high,low,close,volume");

        final String columns;

        Format(String columns) {
            this.columns = columns;
        }
    }

    private CsvBars() {
    }

    public static Map<String, List<Bar>> read(Path file, NyseCalendar calendar) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bars from " + file, e);
        }
        try {
            return parse(lines, calendar);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bars file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Map<String, List<Bar>> parse(List<String> lines) {
        return parse(lines, NyseCalendar.standard());
    }

    public static Map<String, List<Bar>> parse(List<String> lines, NyseCalendar calendar) {
        Format format = null;
        Map<String, List<Bar>> bars = new TreeMap<>();
        Set<String> days = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (format == null) {
                format = header(line).orElse(null);
                if (format != null) {
                    continue;
                }
                format = guess(line);
            }
            String[] cells = cells(line, i + 1, format);
            if (format == Format.MINUTE) {
                Bar bar = minuteBar(cells, i + 1);
                bars.computeIfAbsent(bar.symbol(), s -> new ArrayList<>()).add(bar);
            } else {
                List<Bar> session = dailyBar(cells, i + 1, calendar);
                String symbol = session.get(0).symbol();
                if (!days.add(symbol + " " + cells[1].trim())) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": a second " + symbol + " bar for "
                            + cells[1].trim() + " (one row per symbol and trading day)");
                }
                bars.computeIfAbsent(symbol, s -> new ArrayList<>()).addAll(session);
            }
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("the bars file holds no bars");
        }
        bars.values().forEach(list -> list.sort(Comparator.comparing(Bar::timestamp)));
        return bars;
    }

    private static java.util.Optional<Format> header(String line) {
        String normalized = line.toLowerCase(Locale.ROOT).replace(" ", "");
        for (Format format : Format.values()) {
            if (normalized.equals(format.columns)) {
                return java.util.Optional.of(format);
            }
        }
        if (normalized.startsWith("symbol")) {
            throw new IllegalArgumentException("line 1: unknown header '" + line + "': expected '"
                    + Format.MINUTE.columns + "' (one-minute bars) or '" + Format.DAILY.columns + "' (daily bars)");
        }
        return java.util.Optional.empty();
    }

    /** A file without a header: a bare date in the second column means daily bars. */
    private static Format guess(String line) {
        String[] cells = line.split(",", -1);
        return cells.length > 1 && cells[1].trim().matches("\\d{4}-\\d{2}-\\d{2}") ? Format.DAILY : Format.MINUTE;
    }

    private static String[] cells(String line, int lineNumber, Format format) {
        String[] cells = line.split(",", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected 7 columns (" + format.columns
                    + "), found " + cells.length);
        }
        return cells;
    }

    /** The prices and volume of a line, checked: high is the highest, low the lowest, all above zero. */
    private record Ohlcv(String symbol, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
            long volume) {
    }

    private static Ohlcv ohlcv(String[] cells) {
        String symbol = cells[0].trim().toUpperCase(Locale.ROOT);
        BigDecimal open = price(cells[2], "open");
        BigDecimal high = price(cells[3], "high");
        BigDecimal low = price(cells[4], "low");
        BigDecimal close = price(cells[5], "close");
        long volume;
        try {
            volume = Long.parseLong(cells[6].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("volume '" + cells[6].trim() + "' is not a whole number");
        }
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("no symbol");
        }
        if (high.compareTo(low) < 0 || high.compareTo(open.max(close)) < 0 || low.compareTo(open.min(close)) > 0) {
            throw new IllegalArgumentException("inconsistent bar: high " + high + " and low " + low
                    + " must enclose open " + open + " and close " + close);
        }
        if (volume < 0) {
            throw new IllegalArgumentException("volume must be >= 0, got " + volume);
        }
        return new Ohlcv(symbol, open, high, low, close, volume);
    }

    private static Bar minuteBar(String[] cells, int lineNumber) {
        try {
            Instant timestamp = Instant.parse(cells[1].trim());
            Ohlcv bar = ohlcv(cells);
            return bar(bar.symbol(), timestamp, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static List<Bar> dailyBar(String[] cells, int lineNumber, NyseCalendar calendar) {
        try {
            LocalDate date = LocalDate.parse(cells[1].trim());
            if (!calendar.isTradingDay(date)) {
                throw new IllegalArgumentException(date + " is not an NYSE trading day"
                        + calendar.holiday(date).map(name -> " (" + name + ")").orElse(" (a weekend)"));
            }
            Ohlcv bar = ohlcv(cells);
            return expandDay(bar.symbol(), date, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(),
                    calendar);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": date '" + cells[1].trim()
                    + "' is not a day like 2025-11-24", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /**
     * One trading day's bar as one-minute bars from the open (09:30 New York) to the session's close (16:00, 13:00 on
     * an early close), deterministically: the price moves in straight lines from the open to one extreme at a third of
     * the session, to the other at two thirds, and to the close at the close. An up day (close at or above the open)
     * dips to the low first, a down day rallies to the high first, so both a stop below and a target above are
     * reached on the day they would have been. The day's volume is spread evenly, the remainder on the last minute.
     */
    public static List<Bar> expandDay(String symbol, LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low,
            BigDecimal close, long volume, NyseCalendar calendar) {
        Instant sessionOpen = calendar.open(date);
        int minutes = (int) Duration.between(sessionOpen, calendar.close(date)).toMinutes();
        boolean upDay = close.compareTo(open) >= 0;
        int[] at = {0, minutes * FIRST_EXTREME_THIRD / 3, minutes * SECOND_EXTREME_THIRD / 3, minutes};
        BigDecimal[] through = {open, upDay ? low : high, upDay ? high : low, close};
        BigDecimal[] prices = new BigDecimal[minutes + 1];
        for (int leg = 0; leg < 3; leg++) {
            for (int minute = at[leg]; minute <= at[leg + 1]; minute++) {
                prices[minute] = between(through[leg], through[leg + 1], minute - at[leg], at[leg + 1] - at[leg],
                        low, high);
            }
        }
        long perMinute = volume / minutes;
        List<Bar> bars = new ArrayList<>(minutes);
        for (int minute = 0; minute < minutes; minute++) {
            BigDecimal barOpen = prices[minute];
            BigDecimal barClose = prices[minute + 1];
            long barVolume = minute == minutes - 1 ? volume - perMinute * (minutes - 1) : perMinute;
            bars.add(bar(symbol, sessionOpen.plus(MarketData.MINUTE.multipliedBy(minute)), barOpen,
                    barOpen.max(barClose), barOpen.min(barClose), barClose, barVolume));
        }
        return bars;
    }

    /** {@code from} moved {@code step} of {@code steps} towards {@code to}, in cents, kept within the day's range. */
    private static BigDecimal between(BigDecimal from, BigDecimal to, int step, int steps, BigDecimal low,
            BigDecimal high) {
        if (step == 0) {
            return from;
        }
        if (step == steps) {
            return to;
        }
        BigDecimal price = from.add(to.subtract(from).multiply(BigDecimal.valueOf(step))
                .divide(BigDecimal.valueOf(steps), 2, RoundingMode.HALF_EVEN));
        return price.max(low).min(high);
    }

    private static Bar bar(String symbol, Instant start, BigDecimal open, BigDecimal high, BigDecimal low,
            BigDecimal close, long volume) {
        BigDecimal vwap = high.add(low).add(close).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_EVEN);
        return new Bar(symbol, start, MarketData.MINUTE, open, high, low, close, volume, 0, vwap);
    }

    private static BigDecimal price(String cell, String column) {
        BigDecimal value;
        try {
            value = new BigDecimal(cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + cell.trim() + "' is not a number");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(column + " must be > 0, got " + value.toPlainString());
        }
        return value;
    }
}

package dev.tradeguard.cli.papermonth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.CliFailure;
import dev.tradeguard.cli.ExitCode;

/**
 * Which sessions a replay runs: the trading days of the simulator's NYSE calendar ({@code GET /v2/calendar}: weekends
 * and holidays are simply absent from it) from the start on, and which day has a TODAYS_TRADES file.
 */
public final class DayPlan {
    public static final int DEFAULT_DAYS = 22;
    private static final Pattern TRADE_FILE = Pattern.compile("TODAYS_TRADES_(\\d{4}-\\d{2}-\\d{2})\\.md");

    private DayPlan() {
    }

    /** The last calendar date to ask the simulator's calendar for, so that it holds {@code days} sessions. */
    public static LocalDate calendarEnd(LocalDate start, int days) {
        // at most 3 of every 7 days are not sessions (a weekend next to a holiday), plus slack for holiday clusters
        return start.plusDays(days * 2L + 14);
    }

    /**
     * The first {@code days} sessions of the calendar on or after {@code start} whose close is after {@code now} (a
     * session already over cannot be traded again on the simulator's clock).
     */
    public static List<TradingDay> plan(JsonNode calendar, LocalDate start, int days, Instant now) {
        List<TradingDay> sessions = new ArrayList<>();
        for (JsonNode entry : calendar) {
            TradingDay day;
            try {
                day = TradingDay.of(LocalDate.parse(entry.path("date").asText()),
                        LocalTime.parse(entry.path("open").asText()), LocalTime.parse(entry.path("close").asText()));
            } catch (DateTimeParseException e) {
                throw new CliFailure(ExitCode.NOT_OK, "the simulator's calendar has an unreadable entry: " + entry);
            }
            if (!day.date().isBefore(start) && day.close().isAfter(now)) {
                sessions.add(day);
            }
        }
        sessions.sort((a, b) -> a.date().compareTo(b.date()));
        if (sessions.size() < days) {
            throw new CliFailure(ExitCode.NOT_OK, "the simulator's calendar has only " + sessions.size()
                    + " trading day(s) from " + start + " on that have not closed yet; " + days + " were asked for");
        }
        return List.copyOf(sessions.subList(0, days));
    }

    /** The TODAYS_TRADES_&lt;date&gt;.md files of a directory by date; other files are not looked at. */
    public static NavigableMap<LocalDate, Path> tradeFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CliFailure(ExitCode.USAGE, "--trades must be a directory of TODAYS_TRADES_<date>.md files, got '"
                    + directory + "'");
        }
        NavigableMap<LocalDate, Path> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.forEach(file -> {
                Matcher name = TRADE_FILE.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file)) {
                    try {
                        files.put(LocalDate.parse(name.group(1)), file);
                    } catch (DateTimeParseException e) {
                        // TODAYS_TRADES_2025-13-45.md is not a day's file: not looked at, as any other name
                    }
                }
            });
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "--trades " + directory + " cannot be listed: " + e.getMessage());
        }
        return files;
    }

    /**
     * How many sessions to run when --days is not given: with trade files, every session from the start through the
     * last file's day; otherwise {@link #DEFAULT_DAYS}.
     */
    public static int defaultDays(JsonNode calendar, LocalDate start, NavigableMap<LocalDate, Path> files) {
        if (files.isEmpty()) {
            return DEFAULT_DAYS;
        }
        LocalDate last = files.lastKey();
        int count = 0;
        for (JsonNode entry : calendar) {
            LocalDate date = LocalDate.parse(entry.path("date").asText());
            if (!date.isBefore(start) && !date.isAfter(last)) {
                count++;
            }
        }
        return Math.max(count, 1);
    }
}

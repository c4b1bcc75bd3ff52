package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.model.market.NyseCalendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Query-parameter parsing with Alpaca-style 422 answers naming the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    /** RFC 3339 timestamp, or a date (taken as its start in New York). */
    static Instant instant(String value, String name) {
        return parsed(value, name, QueryParams::timestampOrStartOfDate);
    }

    private static Instant timestampOrStartOfDate(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            return NyseCalendar.startOfDay(LocalDate.parse(value));
        }
    }

    /**
     * A date, or a timestamp read as the date written in it: {@code 2026-12-01T00:00:00.000Z} (what JavaScript's
     * toISOString sends for 1 December) is 2026-12-01, whatever its offset, not the New York date of that instant.
     */
    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            instant(value, name);
            return LocalDate.parse(value.substring(0, 10));
        }
    }

    static int integer(String value, String name, int fallback, int min, int max) {
        Integer parsed = parsed(value, name, v -> Integer.parseInt(v.trim()));
        if (parsed == null) {
            return fallback;
        }
        if (parsed < min || parsed > max) {
            throw BrokerRejection.invalid(name + " must be between " + min + " and " + max);
        }
        return parsed;
    }

    static BigDecimal decimal(String value, String name) {
        return parsed(value, name, v -> new BigDecimal(v.trim()));
    }

    /** The value parsed, or null when absent or blank; one that does not parse is refused, naming the parameter. */
    private static <T> T parsed(String value, String name, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(name, value);
        }
    }

    private static BrokerRejection invalid(String name, String value) {
        return BrokerRejection.invalid("invalid " + name + ": " + value);
    }

    static boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(name, value);
        }
        return Boolean.parseBoolean(value);
    }

    static boolean ascending(String direction) {
        if (direction == null || direction.isBlank() || direction.equals("desc")) {
            return false;
        }
        if (direction.equals("asc")) {
            return true;
        }
        throw invalid("direction", direction);
    }

    static Set<String> symbols(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        Set<String> symbols = new LinkedHashSet<>();
        Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> symbols.add(s.toUpperCase(Locale.ROOT)));
        return symbols;
    }
}

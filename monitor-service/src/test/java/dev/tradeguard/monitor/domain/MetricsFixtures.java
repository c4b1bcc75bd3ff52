package dev.tradeguard.monitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders for hand-computed metric fixtures. */
public final class MetricsFixtures {
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

    private MetricsFixtures() {
    }

    /** Daily closes on consecutive week days starting {@code first}. */
    public static List<DailyValue> closes(LocalDate first, String... values) {
        List<DailyValue> closes = new ArrayList<>();
        LocalDate day = first;
        for (String value : values) {
            while (day.getDayOfWeek().getValue() >= 6) {
                day = day.plusDays(1);
            }
            closes.add(new DailyValue(day, new BigDecimal(value)));
            day = day.plusDays(1);
        }
        return closes;
    }

    /** Round trips with these P&amp;Ls, each held one day, closed one day apart in the given order. */
    public static List<RoundTrip> trades(String... pnls) {
        List<RoundTrip> trades = new ArrayList<>();
        Instant open = Instant.parse("2026-03-02T15:00:00Z");
        for (String pnl : pnls) {
            trades.add(trade(pnl, open, open.plus(Duration.ofDays(1))));
            open = open.plus(Duration.ofDays(1));
        }
        return trades;
    }

    public static RoundTrip trade(String pnl, Instant opened, Instant closed) {
        BigDecimal realized = new BigDecimal(pnl);
        return new RoundTrip("PA-1", "DEE-BOT", "JNJ", Direction.LONG, BigDecimal.TEN, new BigDecimal("100"),
                new BigDecimal("100").add(realized.divide(BigDecimal.TEN)), realized,
                realized.divide(new BigDecimal("1000")), opened, closed, "rec-1");
    }

    public static void assertValue(String expected, Metric actual) {
        assertNotNull(actual.value(), () -> "expected " + expected + " but undefined: " + actual.undefinedReason());
        BigDecimal difference = new BigDecimal(expected).subtract(actual.value()).abs();
        assertTrue(difference.compareTo(TOLERANCE) <= 0, () -> "expected " + expected + " got " + actual.value());
        assertNull(actual.undefinedReason());
    }

    public static void assertUndefined(String reasonPart, Metric actual) {
        assertNull(actual.value(), () -> "expected undefined but got " + actual.value());
        assertTrue(actual.undefinedReason().contains(reasonPart), actual.undefinedReason());
    }

    public static void assertCount(int expected, int actual) {
        assertEquals(expected, actual);
    }
}

package dev.tradeguard.execution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PositionBookTest {
    static final Instant AT = Instant.parse("2024-03-05T15:00:00Z");

    static BrokerAccount account(String cash, String equity, String lastEquity) {
        return new BrokerAccount("id", "PA123", "ACTIVE", false, false, false, new BigDecimal(equity),
                new BigDecimal(lastEquity), new BigDecimal(cash), new BigDecimal("100000"));
    }

    static PositionBook book(String cash, BrokerPosition... positions) {
        PositionBook book = new PositionBook();
        book.replace(account(cash, cash, "100000"), List.of(positions),
                new BrokerClock(true, AT, AT.plusSeconds(3600), AT), AT);
        return book;
    }

    static BrokerPosition position(String symbol, String qty, String avg, String price) {
        return new BrokerPosition(symbol, new BigDecimal(qty), new BigDecimal(avg), new BigDecimal(price), null, null,
                null, null);
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void equityIsCashPlusEveryPositionAtItsLatestTrade() {
        PositionBook book = book("50000", position("SPY", "100", "500", "500"));
        assertTrue(book.tick("SPY", new BigDecimal("479"), AT.plusSeconds(1)));
        assertDecimal("97900", book.equity());
        assertFalse(book.tick("QQQ", new BigDecimal("400"), AT), "not held: nothing to revalue");
        assertFalse(book.tick("SPY", new BigDecimal("1"), AT), "older than the mark");
    }

    @Test
    void aTradeAtThePriceThePositionIsMarkedAtRevaluesNothing() {
        PositionBook book = book("50000", position("SPY", "100", "500", "500"));
        assertFalse(book.tick("SPY", new BigDecimal("500.00"), AT.plusSeconds(1)), "same price: no change to publish");
        assertTrue(book.tick("SPY", new BigDecimal("499.99"), AT.plusSeconds(2)));
        assertDecimal("99999", book.equity());
        assertFalse(book.tick("SPY", new BigDecimal("499.99"), AT.plusSeconds(3)));
        assertFalse(book.tick("SPY", new BigDecimal("1"), AT.plusSeconds(1)), "older than the feed's last trade");
    }

    @Test
    void aReconciliationStampedWithThisProcessClockDoesNotMakeTheFeedsNextTicksLookOld() {
        PositionBook book = book("50000", position("SPY", "100", "500", "500"));
        assertTrue(book.tick("SPY", new BigDecimal("490"), AT));
        book.replace(account("50000", "99000", "100000"), List.of(position("SPY", "100", "500", "490")),
                new BrokerClock(true, AT, AT.plusSeconds(3600), AT), AT.plus(java.time.Duration.ofDays(1000)));
        assertTrue(book.tick("SPY", new BigDecimal("480"), AT), "a tick as new as the last one the feed sent");
        assertDecimal("98000", book.equity());
        assertFalse(book.tick("SPY", new BigDecimal("1"), AT.minusMillis(1)), "older than the feed's last trade");
    }

    @Test
    void fillsMoveQuantityCashAndTheAverageEntryAsTheBrokerDoes() {
        PositionBook book = book("100000");
        assertEquals(PositionBook.FillOutcome.APPLIED, book.fill("SPY", true, BigDecimal.TEN, new BigDecimal("500"),
                BigDecimal.TEN, AT));
        book.fill("SPY", true, BigDecimal.TEN, new BigDecimal("510"), new BigDecimal("20"), AT);
        assertDecimal("505", book.holding("SPY").orElseThrow().avgEntryPrice());
        assertDecimal("89900", book.cash());
        book.fill("SPY", false, new BigDecimal("5"), new BigDecimal("520"), new BigDecimal("15"), AT);
        assertDecimal("505", book.holding("SPY").orElseThrow().avgEntryPrice());
        book.fill("SPY", false, new BigDecimal("20"), new BigDecimal("530"), new BigDecimal("-5"), AT);
        assertDecimal("530", book.holding("SPY").orElseThrow().avgEntryPrice());
        book.fill("SPY", true, new BigDecimal("5"), new BigDecimal("525"), BigDecimal.ZERO, AT);
        assertTrue(book.holding("SPY").isEmpty());
        assertDecimal("100475", book.cash()); // 100000 − 5000 − 5100 + 2600 + 10600 − 2625
    }

    @Test
    void anAverageEntryThatDoesNotDivideEvenlyKeepsTheTenDecimalsAnEventCarries() {
        PositionBook book = book("100000");
        book.fill("IWM", true, new BigDecimal("19"), new BigDecimal("190.10"), new BigDecimal("19"), AT);
        book.fill("IWM", true, new BigDecimal("7"), new BigDecimal("193.92"), new BigDecimal("26"), AT);
        // (19 × 190.10 + 7 × 193.92) / 26 = 191.128461538461538…: ten decimals, rounded half-even
        assertDecimal("191.1284615385", book.holding("IWM").orElseThrow().avgEntryPrice());
        assertTrue(book.holding("IWM").orElseThrow().avgEntryPrice().scale() <= 10);

        book.replace(account("50000", "99000", "100000"), List.of(position("IWM", "26", "191.1284615384615", "191")),
                new BrokerClock(true, AT, AT.plusSeconds(3600), AT), AT);
        assertEquals(new BigDecimal("191.1284615385"), book.holding("IWM").orElseThrow().avgEntryPrice(),
                "the broker's average, as many decimals as its division gave, to ten");
        assertEquals(new BigDecimal("191.1384615385"), position("IWM", "26", "191.1384615384615", "191").avgEntryPrice(),
                "what the simulator answered in paper-month, as a snapshot's position carries it");
    }

    @Test
    void aFillTheBookAlreadyHoldsMovesNothingAndOneThatDoesNotAddUpSaysSo() {
        PositionBook book = book("95000", position("SPY", "10", "500", "500"));
        assertEquals(PositionBook.FillOutcome.ALREADY_IN_BOOK, book.fill("SPY", true, BigDecimal.TEN,
                new BigDecimal("500"), BigDecimal.TEN, AT));
        assertDecimal("95000", book.cash());
        assertEquals(PositionBook.FillOutcome.INCONSISTENT, book.fill("SPY", true, BigDecimal.ONE,
                new BigDecimal("500"), new BigDecimal("13"), AT));
        assertDecimal("13", book.quantity("SPY"));
    }

    @Test
    void differencesNameOursAndTheBrokersAndEquityHasATolerance() {
        PositionBook book = book("95000", position("SPY", "10", "500", "500"));
        BrokerAccount broker = account("95000", "100000", "100000");
        assertTrue(book.differences(broker, List.of(position("SPY", "10", "500.00001", "500")),
                new BigDecimal("0.005")).isEmpty(), "rounding and equity within 0.5 %");
        List<String> differences = book.differences(account("97500", "102000", "100000"),
                List.of(position("SPY", "5", "500", "500")), new BigDecimal("0.005"));
        assertEquals(List.of("SPY quantity: ours 10, broker's 5", "cash: ours 95000, broker's 97500",
                "equity: ours 100000.00, broker's 102000 (tolerance 0.50 %)"), differences);
    }
}

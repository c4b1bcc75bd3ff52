package dev.tradeguard.monitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;

/** Every expected number below is worked out by hand from the FIFO rule, in the comment beside it. */
class TradeLedgerTest {
    private static final Instant MONDAY = Instant.parse("2026-02-02T15:00:00Z");

    static LedgerFill fill(String strategy, String symbol, Side side, String quantity, String price, int hour) {
        return new LedgerFill("PA-1", strategy, symbol, side, new BigDecimal(quantity), new BigDecimal(price),
                MONDAY.plus(Duration.ofHours(hour)), "rec-" + symbol);
    }

    static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void partialFillsOfTheEntryAreOneRoundTripAtTheirWeightedPrice() {
        Ledger ledger = TradeLedger.of(List.of(
                fill("DEE", "JNJ", Side.BUY, "60", "10", 0),
                fill("DEE", "JNJ", Side.BUY, "40", "11", 1),
                fill("DEE", "JNJ", Side.SELL, "100", "12", 26)));

        assertEquals(1, ledger.roundTrips().size());
        RoundTrip trip = ledger.roundTrips().get(0);
        assertEquals(Direction.LONG, trip.direction());
        assertAmount("100", trip.quantity());
        assertAmount("10.4", trip.entryPrice());             // (60×10 + 40×11) / 100 = 1040 / 100
        assertAmount("12", trip.exitPrice());
        assertAmount("160", trip.realizedPnl());             // 60×(12-10) + 40×(12-11)
        assertEquals(0, new BigDecimal("0.1538461538461538").compareTo(trip.returnPct()));  // 160 / 1040, 16 digits
        assertEquals(Duration.ofHours(26), trip.holdingTime());
        assertEquals("rec-JNJ", trip.correlationId());
        assertTrue(ledger.openPositions().isEmpty());
    }

    @Test
    void exitsConsumeTheOldestLotFirstAndTheTripClosesOnlyAtZero() {
        Ledger ledger = TradeLedger.of(List.of(
                fill("DEE", "PG", Side.BUY, "100", "10", 0),
                fill("DEE", "PG", Side.BUY, "100", "20", 1),
                fill("DEE", "PG", Side.SELL, "150", "15", 2)));

        assertTrue(ledger.roundTrips().isEmpty(), "50 shares are still held");
        OpenPosition open = ledger.openPositions().get(0);
        assertAmount("50", open.quantity());                 // the 100 @10 lot went first, then 50 of the @20 lot
        assertAmount("20", open.averageEntryPrice());
        assertAmount("250", open.realizedPnl());             // 100×(15-10) + 50×(15-20) = 500 - 250

        ledger = TradeLedger.of(List.of(
                fill("DEE", "PG", Side.BUY, "100", "10", 0),
                fill("DEE", "PG", Side.BUY, "100", "20", 1),
                fill("DEE", "PG", Side.SELL, "150", "15", 2),
                fill("DEE", "PG", Side.SELL, "50", "25", 3)));
        RoundTrip trip = ledger.roundTrips().get(0);
        assertAmount("500", trip.realizedPnl());             // 250 + 50×(25-20)
        assertAmount("200", trip.quantity());
        assertAmount("15", trip.entryPrice());               // (1000 + 2000) / 200
        assertAmount("17.5", trip.exitPrice());              // (150×15 + 50×25) / 200 = 3500 / 200
        assertEquals(0, new BigDecimal("0.1666666666666667").compareTo(trip.returnPct()));  // 500 / 3000
    }

    @Test
    void aShortProfitsWhenCoveredLower() {
        Ledger ledger = TradeLedger.of(List.of(
                fill("SHORGAN", "XYZ", Side.SELL_SHORT, "50", "100", 0),
                fill("SHORGAN", "XYZ", Side.BUY_TO_COVER, "20", "90", 1),
                fill("SHORGAN", "XYZ", Side.BUY_TO_COVER, "30", "110", 2)));

        RoundTrip trip = ledger.roundTrips().get(0);
        assertEquals(Direction.SHORT, trip.direction());
        assertAmount("-100", trip.realizedPnl());            // 20×(100-90) + 30×(100-110) = 200 - 300
        assertAmount("102", trip.exitPrice());               // (20×90 + 30×110) / 50 = 5100 / 50
        assertAmount("-0.02", trip.returnPct());             // -100 / 5000
        assertTrue(trip.isLoss());
    }

    @Test
    void aSellLargerThanTheLongClosesTheTripAndOpensAShortWithTheRest() {
        Ledger ledger = TradeLedger.of(List.of(
                fill("DEE", "KO", Side.BUY, "10", "50", 0),
                fill("DEE", "KO", Side.SELL, "15", "55", 1)));

        assertEquals(1, ledger.roundTrips().size());
        assertAmount("50", ledger.roundTrips().get(0).realizedPnl());   // 10×(55-50)
        OpenPosition shortLeft = ledger.openPositions().get(0);
        assertAmount("-5", shortLeft.quantity());
        assertAmount("55", shortLeft.averageEntryPrice());
        assertAmount("0", shortLeft.realizedPnl());
    }

    @Test
    void strategiesKeepSeparateBooksForTheSameSymbol() {
        Ledger ledger = TradeLedger.of(List.of(
                fill("DEE", "AAPL", Side.BUY, "10", "100", 0),
                fill("SHORGAN", "AAPL", Side.SELL_SHORT, "10", "101", 1),
                fill("DEE", "AAPL", Side.SELL, "10", "104", 2)));

        assertEquals(1, ledger.roundTrips().size());
        assertEquals("DEE", ledger.roundTrips().get(0).strategy());
        assertAmount("40", ledger.roundTrips().get(0).realizedPnl());   // 10×(104-100); the short is untouched
        assertEquals("SHORGAN", ledger.openPositions().get(0).strategy());
        assertAmount("-10", ledger.openPositions().get(0).quantity());
    }

    @Test
    void noFillsMeansNoTradesAndNothingOpen() {
        Ledger ledger = TradeLedger.of(List.of());
        assertTrue(ledger.roundTrips().isEmpty());
        assertTrue(ledger.openPositions().isEmpty());
    }

    @Test
    void fillsArrivingOutOfOrderAreMatchedInTimeOrder() {
        Ledger ledger = TradeLedger.of(List.of(
                fill("DEE", "MRK", Side.SELL, "10", "30", 5),
                fill("DEE", "MRK", Side.BUY, "10", "20", 0)));
        assertEquals(Direction.LONG, ledger.roundTrips().get(0).direction());
        assertAmount("100", ledger.roundTrips().get(0).realizedPnl());  // 10×(30-20)
    }
}

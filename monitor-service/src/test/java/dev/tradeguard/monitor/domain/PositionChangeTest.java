package dev.tradeguard.monitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.monitor.MonitorFixtures;

/** What each fill does to the account's position in its symbol, fill by fill as they arrive. */
class PositionChangeTest {
    private static final Instant OPEN = Instant.parse("2026-03-02T15:00:00Z");

    private final List<LedgerFill> stored = new ArrayList<>();

    /** Stores the fill as the ledger would and returns the alerts it raises. */
    private List<PositionChange.Notice> arrive(OrderUpdate fill) {
        stored.add(LedgerFill.of(fill));
        return PositionChange.of(LedgerFill.of(fill), TradeLedger.netted(stored)).notices(fill, Optional.empty());
    }

    private static OrderUpdate fill(String strategy, String correlationId, OrderType type, Side side,
            String quantity, String price, int minutes) {
        return MonitorFixtures.execution("PA-1", strategy, correlationId, "b-" + minutes, OrderEventType.FILL, type,
                "JNJ", side, quantity, quantity, price, "0", OPEN.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void addingToOrTrimmingAnOpenPositionRaisesNothing() {
        assertEquals(1, arrive(fill("DEE", "rec-1", OrderType.LIMIT, Side.BUY, "10", "100", 0)).size());
        assertEquals(List.of(), arrive(fill("DEE", "rec-2", OrderType.LIMIT, Side.BUY, "5", "101", 1)));
        assertEquals(List.of(), arrive(fill("DEE", null, OrderType.MARKET, Side.SELL, "12", "103", 2)));
    }

    @Test
    void anOrderPlacedOutsideTradeGuardClosesTheStrategysPositionAsAManualExit() {
        arrive(fill("DEE", "rec-1", OrderType.LIMIT, Side.BUY, "10", "100", 0));

        List<PositionChange.Notice> notices = arrive(fill(null, null, OrderType.MARKET, Side.SELL, "10", "97", 90));

        assertEquals(1, notices.size(), "closed, and no short opened by the strategy-less fill");
        PositionChange.Notice closed = notices.get(0);
        assertEquals(AlertType.POSITION_CLOSED, closed.type());
        assertEquals("DEE", closed.strategy(), "the position's strategy, not the closing order's");
        assertEquals("rec-1", closed.recommendationId());
        assertEquals("MANUAL", closed.details().get("exitReason"));
        assertEquals(0, new BigDecimal("-30").compareTo(new BigDecimal(closed.details().get("realizedPnl"))));
        assertEquals("PT1H30M", closed.details().get("holdingTime"));
        assertEquals("JNJ long 10 closed by a manual order: entry 100, exit 97, realized P&L -30 (-3.00 %), held"
                + " 1 h 30 min.", closed.message());
    }

    @Test
    void aFillThatCrossesZeroClosesTheLongAndOpensAShortWithTheRest() {
        arrive(fill("DEE", "rec-1", OrderType.LIMIT, Side.BUY, "10", "100", 0));

        List<PositionChange.Notice> notices = arrive(fill("DEE", "rec-2", OrderType.LIMIT, Side.SELL, "15", "110",
                60));

        assertEquals(List.of(AlertType.POSITION_CLOSED, AlertType.POSITION_OPENED),
                notices.stream().map(PositionChange.Notice::type).toList());
        assertEquals("LONG", notices.get(0).details().get("side"));
        assertEquals("100", notices.get(0).details().get("realizedPnl"));   // 10 × (110 − 100)
        assertEquals("SHORT", notices.get(1).details().get("side"));
        assertEquals("5", notices.get(1).details().get("quantity"));
        assertEquals("rec-2", notices.get(1).recommendationId());
    }

    @Test
    void theExitReasonComesFromTheClosingOrder() {
        assertEquals(ExitReason.STOP_LOSS, ExitReason.of(OrderType.STOP, "rec-1", "rec-1"));
        assertEquals(ExitReason.STOP_LOSS, ExitReason.of(OrderType.TRAILING_STOP, null, "rec-1"));
        assertEquals(ExitReason.TAKE_PROFIT, ExitReason.of(OrderType.LIMIT, "rec-1", "rec-1"));
        assertEquals(ExitReason.MANUAL, ExitReason.of(OrderType.LIMIT, "rec-2", "rec-1"));
        assertEquals(ExitReason.MANUAL, ExitReason.of(OrderType.MARKET, "rec-1", "rec-1"));
        assertNull(ExitReason.of(null, "rec-1", "rec-1"));
    }

    @Test
    void holdingTimeReadsInDaysHoursAndMinutes() {
        assertEquals("2 d 3 h 5 min", PositionChange.words(Duration.ofDays(2).plusHours(3).plusMinutes(5)));
        assertEquals("1 d", PositionChange.words(Duration.ofDays(1).plusSeconds(30)));
        assertEquals("0 min", PositionChange.words(Duration.ofSeconds(20)));
    }
}

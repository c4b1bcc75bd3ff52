package dev.tradeguard.risk.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.risk.repository.ApprovedOrderRepository.OrderPace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The one statement behind the pace and open-order checks counts each figure over its own window and filter. */
@QuarkusTest
class ApprovedOrderPaceTest {
    static final String STRATEGY = "PACE";
    /** A Tuesday, 11:00 New York time (EDT). */
    static final Instant NOW = Instant.parse("2026-05-26T15:00:00Z");
    static final Instant TODAY = Instant.parse("2026-05-26T04:00:00Z");
    static final Instant WORKING_SINCE = NOW.minus(Duration.ofMinutes(30));
    static final Instant LAST_MINUTE = NOW.minusSeconds(60);
    static final Instant DAY_TRADES_SINCE = Instant.parse("2026-05-19T04:00:00Z");

    @Inject
    ApprovedOrderRepository approvedOrders;

    @Test
    void eachCountHasItsOwnWindowSideAndStrategyAndFinishedOrdersLeaveTheOpenCounts() {
        String account = "ACC-PACE-" + UUID.randomUUID();
        // today, working: an entry on KO 10 s ago (in the last minute) and a sell of PG 5 minutes ago
        approved(account, STRATEGY, "KO", Side.BUY, NOW.minusSeconds(10));
        approved(account, STRATEGY, "PG", Side.SELL, NOW.minus(Duration.ofMinutes(5)));
        // today, finished: a short entry on KO 10 minutes ago
        approved(account, STRATEGY, "KO", Side.SELL_SHORT, NOW.minus(Duration.ofMinutes(10)), true);
        // today, another strategy: an entry on MSFT 20 minutes ago, working
        approved(account, "OTHER", "MSFT", Side.BUY, NOW.minus(Duration.ofMinutes(20)));
        // yesterday (outside today and the working window), working still: a buy and a sell of AAPL, a day trade
        approved(account, STRATEGY, "AAPL", Side.BUY, Instant.parse("2026-05-22T14:00:00Z"));
        approved(account, STRATEGY, "AAPL", Side.SELL, Instant.parse("2026-05-22T19:00:00Z"));
        // before the day-trade window: a day trade on JNJ that does not count
        approved(account, STRATEGY, "JNJ", Side.BUY, Instant.parse("2026-05-18T14:00:00Z"));
        approved(account, STRATEGY, "JNJ", Side.SELL, Instant.parse("2026-05-18T19:00:00Z"));
        // another account's entry on KO now counts nowhere
        approved("ACC-PACE-OTHER-" + UUID.randomUUID(), STRATEGY, "KO", Side.BUY, NOW.minusSeconds(5));

        OrderPace onKo = pace(account, "KO");
        // entries today of this strategy: the KO buy and the finished KO short (finished orders still count)
        assertEquals(2, onKo.entriesToday(), "entries today");
        // working entries approved within the working window, any strategy: the KO buy and the MSFT buy
        assertEquals(2, onKo.openEntries(), "open entries");
        assertEquals(true, onKo.openOnSymbol(), "the KO buy is working");
        assertEquals(1, onKo.lastMinute(), "only the KO buy is within the last minute");
        assertEquals(true, onKo.entryOnSymbolToday(), "KO was entered today");
        assertEquals(1, onKo.dayTrades(), "AAPL on 05-22; JNJ on 05-18 is before the window");

        OrderPace onPg = pace(account, "PG");
        assertEquals(true, onPg.openOnSymbol(), "the PG sell is working");
        assertEquals(false, onPg.entryOnSymbolToday(), "a sell is not an entry");

        OrderPace onAapl = pace(account, "AAPL");
        assertEquals(false, onAapl.openOnSymbol(), "the AAPL orders were approved before the working window");
        assertEquals(false, onAapl.entryOnSymbolToday(), "AAPL was entered on 05-22, not today");
    }

    @Test
    void anAccountWithoutOrdersCountsNothing() {
        assertEquals(new OrderPace(0, 0, false, 0, false, 0), pace("ACC-PACE-NONE-" + UUID.randomUUID(), "KO"));
    }

    OrderPace pace(String account, String symbol) {
        return QuarkusTransaction.requiringNew().call(() -> approvedOrders.pace(account, STRATEGY, symbol,
                WORKING_SINCE, TODAY, LAST_MINUTE, DAY_TRADES_SINCE));
    }

    void approved(String account, String strategy, String symbol, Side side, Instant at) {
        approved(account, strategy, symbol, side, at, false);
    }

    /** An order as the engine records it when it approves one at {@code at}; {@code finished} when the broker is done. */
    void approved(String account, String strategy, String symbol, Side side, Instant at, boolean finished) {
        UUID orderId = UUID.randomUUID();
        ApprovedOrder order = new ApprovedOrder(UUID.randomUUID(), 1, account, strategy, at, "rec-" + orderId, orderId,
                symbol, side, new BigDecimal("10"), OrderType.LIMIT, OrderClass.SIMPLE, TimeInForce.DAY,
                new BigDecimal("100.00"), null, null, false, at.plus(Duration.ofMinutes(30)), "auto:FULL_AUTO");
        QuarkusTransaction.requiringNew().run(() -> {
            approvedOrders.insert(order);
            if (finished) {
                approvedOrders.markTerminal(orderId);
            }
        });
    }
}

package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.RiskFixtures.read;
import static dev.tradeguard.risk.RiskFixtures.recommendation;
import static dev.tradeguard.risk.RiskFixtures.send;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.repository.ApprovedOrderRepository;
import dev.tradeguard.testing.OwnInfrastructureProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The pattern-day-trader window is five NYSE trading days, not five weekdays: on the Tuesday after Memorial Day
 * (2026-05-26) it reaches back to Tuesday 2026-05-19, where a weekdays-only window would stop at Wednesday 05-20.
 * The service runs on its own, its clock fixed at that Tuesday, so the verdict does not depend on the build's date.
 */
@QuarkusTest
@TestProfile(PatternDayTraderWindowTest.TuesdayAfterMemorialDay.class)
class PatternDayTraderWindowTest {
    static final String ACCOUNT = "ACC-PDT";
    static final String STRATEGY = "TEST-PDT";
    /** 11:00 in New York, the market open. */
    static final Instant NOW = Instant.parse("2026-05-26T15:00:00Z");

    public static class TuesdayAfterMemorialDay extends OwnInfrastructureProfile {
        public TuesdayAfterMemorialDay() {
            super("risk");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String strategy = "tradeguard.risk.strategies.\"" + STRATEGY + "\".";
            return Map.of(strategy + "account", ACCOUNT, strategy + "capital-allocation-pct", "1.0",
                    strategy + "automation-level", "FULL_AUTO", strategy + "require-manual-approval", "false");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedClock.class);
        }
    }

    /** Replaces service-support's system clock (a default bean) in this profile only. */
    @Alternative
    @Singleton
    public static class FixedClock {
        @Produces
        @Singleton
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Inject
    RiskEngine engine;

    @Inject
    ApprovedOrderRepository approvedOrders;

    @Inject
    AccountStateService accountStates;

    @Inject
    TradingStateService tradingStates;

    @Test
    void theFiveDayDayTradeWindowSkipsNyseHolidays() {
        // below the $25,000 PDT equity, holding JNJ
        send(snapshot(NOW, ACCOUNT, "20000", "20000", "15000", new PositionSnapshot("JNJ", new BigDecimal("10"),
                new BigDecimal("150.00"), new BigDecimal("155.00"), null, null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> accountStates.find(ACCOUNT)).isPresent());
        assertEquals(TradingState.ACTIVE, read(() -> tradingStates.current(ACCOUNT)).orElseThrow().state());

        // day trades (opened and closed the same New York day) on Mon 05-18, Tue 05-19, Wed 05-20 and Thu 05-21;
        // Fri 05-22 none, Mon 05-25 Memorial Day
        dayTrade("KO", "2026-05-18");
        dayTrade("PG", "2026-05-19");
        dayTrade("MSFT", "2026-05-20");
        dayTrade("AAPL", "2026-05-21");
        // JNJ bought and filled this morning: selling it now would be a day trade
        UUID boughtToday = approved("JNJ", Side.BUY, Instant.parse("2026-05-26T13:45:00Z"));
        QuarkusTransaction.requiringNew().run(() -> approvedOrders.markTerminal(boughtToday));

        Decision sell = engine.execute(recommendation(NOW, ACCOUNT, STRATEGY, "JNJ", Side.SELL, "155.00"));

        // trading days 05-26, 05-22, 05-21, 05-20, 05-19: three day trades (05-19 counts, 05-18 does not); five
        // weekdays would end at 05-20 and count two, and the sell would be approved
        assertEquals(DecisionOutcome.DENIED, sell.outcome(), sell.reason());
        assertEquals(DenialReason.PATTERN_DAY_TRADER, sell.reasonCode());
        assertTrue(sell.reasonMessage().contains("day trades in 5 business days: max=3, got=3"), sell.reasonMessage());
    }

    /** A buy at 10:00 and a sell at 15:00 New York time (EDT) of {@code symbol} on {@code day}. */
    void dayTrade(String symbol, String day) {
        approved(symbol, Side.BUY, Instant.parse(day + "T14:00:00Z"));
        approved(symbol, Side.SELL, Instant.parse(day + "T19:00:00Z"));
    }

    /** An order as the engine records it when it approves one at {@code at}. */
    UUID approved(String symbol, Side side, Instant at) {
        UUID orderId = UUID.randomUUID();
        ApprovedOrder order = new ApprovedOrder(UUID.randomUUID(), 1, ACCOUNT, STRATEGY, at, "rec-" + orderId, orderId,
                symbol, side, new BigDecimal("10"), OrderType.LIMIT, OrderClass.SIMPLE, TimeInForce.DAY,
                new BigDecimal("100.00"), null, null, false, at.plus(Duration.ofMinutes(30)), "auto:FULL_AUTO");
        QuarkusTransaction.requiringNew().run(() -> approvedOrders.insert(order));
        return orderId;
    }
}

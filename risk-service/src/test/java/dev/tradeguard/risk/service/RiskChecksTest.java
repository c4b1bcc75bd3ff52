package dev.tradeguard.risk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.domain.Evaluation;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.domain.PriceFreshness;
import dev.tradeguard.risk.domain.RiskContext;

class RiskChecksTest {
    static final Instant NOW = Instant.parse("2026-02-17T15:00:00Z");
    static final PriceFreshness FRESH = new PriceFreshness(true, null, NOW.minusSeconds(60), "");

    /** $100,000 equity, $60,000 cash, $120,000 buying power, market open, snapshot a minute old. */
    static AccountState account(String equity, String cash) {
        return new AccountState("PA-DEE", new BigDecimal(equity), new BigDecimal(equity), new BigDecimal(cash),
                new BigDecimal("120000"), 0, true, NOW.minusSeconds(60), new BigDecimal(equity),
                NOW.minusSeconds(60));
    }

    static Recommendation rec(Side side, String symbol, String quantity, String limit, String stop, String target) {
        return new Recommendation(UUID.randomUUID(), 1, "PA-DEE", "DEE-BOT", NOW.minusSeconds(600), "rec-" + symbol,
                symbol, side, quantity == null ? null : new BigDecimal(quantity),
                limit == null ? null : new BigDecimal(limit), stop == null ? null : new BigDecimal(stop),
                target == null ? null : new BigDecimal(target), new BigDecimal("0.85"), "test", null, null, null,
                NOW.plusSeconds(3600));
    }

    /** A context with the guide's limits, a $100k account, no positions, ACTIVE, nothing working. */
    record Ctx(Limits limits, AccountState account, Map<String, Position> positions, TradingState state,
            Instant now, int entriesToday, int openEntries, boolean openOnSymbol, int lastMinute, boolean openedToday,
            int dayTrades) {
        static Ctx base() {
            return new Ctx(LimitsBuilder.guide().build(), RiskChecksTest.account("100000", "60000"), new HashMap<>(),
                    TradingState.ACTIVE, NOW, 0, 0, false, 0, false, 0);
        }

        RiskContext toContext() {
            return new RiskContext(limits, account, positions, FRESH, state, now, entriesToday, openEntries,
                    openOnSymbol, lastMinute, openedToday, dayTrades);
        }
    }

    static Evaluation evaluate(Recommendation rec, UnaryOperator<Ctx> change) {
        return RiskChecks.evaluate(rec, change.apply(Ctx.base()).toContext());
    }

    // ---- sizing ------------------------------------------------------------------------------------------------

    static Stream<Arguments> sizing() {
        return Stream.of(
                // equity × allocation × 5 % / limit, rounded down to whole shares
                Arguments.of("5 % of $100k at $155.50 is 32 shares", "1", null, "155.50", "32"),
                Arguments.of("half the account's capital halves the size", "0.5", null, "155.50", "16"),
                Arguments.of("a requested count below the limit is kept", "1", "10", "155.50", "10"),
                Arguments.of("a requested count above the limit is capped, never enlarged", "1", "500", "155.50", "32"),
                Arguments.of("a fractional request is rounded down", "1", "7.9", "155.50", "7"),
                Arguments.of("exactly $5,000 at $50 is 100 shares", "1", null, "50", "100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizing")
    void sizingFollowsEquityAllocationAndMaxPositionSize(String rule, String allocation, String requested,
            String limit, String expected) {
        Evaluation evaluation = evaluate(rec(Side.BUY, "JNJ", requested, limit, null, null),
                c -> new Ctx(LimitsBuilder.guide().allocation(allocation).build(), c.account(), c.positions(),
                        c.state(), c.now(), 0, 0, false, 0, false, 0));
        assertTrue(evaluation.passed(), () -> evaluation.denial().toString());
        assertEquals(new BigDecimal(expected), evaluation.order().quantity());
    }

    @Test
    void aHeldPositionCountsAgainstTheMaxSoTheTotalStaysUnderIt() {
        Evaluation evaluation = evaluate(rec(Side.BUY, "JNJ", null, "100", null, null), c -> {
            c.positions().put("JNJ", new Position("JNJ", new BigDecimal("30"), new BigDecimal("95"), new BigDecimal("100")));
            return c;
        });
        assertEquals(new BigDecimal("20"), evaluation.order().quantity(), "$5,000 max − $3,000 held = 20 shares at $100");
    }

    @Test
    void aRequestAboveTheMaximumSharesPerOrderIsDeniedBeforeSizingEvenWithoutAnAccount() {
        Evaluation evaluation = evaluate(rec(Side.BUY, "JNJ", "10001", "155.50", null, null),
                c -> new Ctx(c.limits(), null, c.positions(), null, c.now(), 0, 0, false, 0, false, 0));
        assertEquals(DenialReason.QUANTITY_EXCEEDS_MAX_SHARES_PER_ORDER, evaluation.denial().reason());
        assertEquals("max=10000, got=10001", evaluation.denial().message(), "asked for, not sized down");
    }

    @Test
    void sizingNeverProposesMoreThanTheMaximumSharesPerOrder() {
        Evaluation cheap = RiskChecks.evaluate(rec(Side.BUY, "PENY", null, "0.40", null, null),
                new Ctx(LimitsBuilder.guide().maxSharesPerOrder(5000).build(), account("100000", "60000"),
                        new HashMap<>(), TradingState.ACTIVE, NOW, 0, 0, false, 0, false, 0).toContext());
        assertEquals(new BigDecimal("5000"), cheap.order().quantity(), "$5,000 at $0.40 would be 12,500 shares");
        Evaluation atTheMax = evaluate(rec(Side.BUY, "PENY", "10000", "0.40", null, null), c -> c);
        assertEquals(new BigDecimal("10000"), atTheMax.order().quantity(), "the maximum itself is allowed");
    }

    @Test
    void aMissingStopGetsTheDefaultStopAndTakeProfitOnTheRightSides() {
        Evaluation evaluation = evaluate(rec(Side.BUY, "JNJ", null, "100.00", null, null), c -> c);
        assertEquals(new BigDecimal("92.00"), evaluation.order().stopLoss(), "8 % below entry");
        assertEquals(new BigDecimal("120.00"), evaluation.order().takeProfit(), "20 % above entry");
        assertEquals(OrderClass.BRACKET, evaluation.order().orderClass());
        assertTrue(evaluation.order().highRiskReasons().stream().anyMatch(r -> r.startsWith("no stop given")));
    }

    @Test
    void anEntryIsGoodTillCancelledSoItsBracketStopOutlivesTheSessionAndAnExitIsADayOrder() {
        Evaluation entry = evaluate(rec(Side.BUY, "JNJ", null, "100.00", "95.00", null), c -> c);
        assertEquals(OrderClass.BRACKET, entry.order().orderClass());
        assertEquals(TimeInForce.GTC, entry.order().timeInForce(),
                "a day bracket's stop-loss leg expires at the close and leaves the position without a stop");

        Evaluation exit = evaluate(rec(Side.SELL, "JNJ", "25", "160", null, null), c -> {
            c.positions().put("JNJ", new Position("JNJ", new BigDecimal("25"), new BigDecimal("150"), new BigDecimal("158")));
            return c;
        });
        assertEquals(OrderClass.SIMPLE, exit.order().orderClass());
        assertEquals(TimeInForce.DAY, exit.order().timeInForce());
    }

    @Test
    void aShortGetsItsDefaultStopAboveEntry() {
        Evaluation evaluation = RiskChecks.evaluate(rec(Side.SELL_SHORT, "XYZ", null, "50.00", null, null),
                new Ctx(LimitsBuilder.guide().longOnly(false).build(), account("100000", "60000"), new HashMap<>(),
                        TradingState.ACTIVE, NOW, 0, 0, false, 0, false, 0).toContext());
        assertEquals(new BigDecimal("54.00"), evaluation.order().stopLoss());
        assertEquals(new BigDecimal("40.00"), evaluation.order().takeProfit());
    }

    @Test
    void sellingClosesAtMostTheHeldQuantityAndNeedsNoStop() {
        Evaluation evaluation = evaluate(rec(Side.SELL, "JNJ", "500", "160", null, null), c -> {
            c.positions().put("JNJ", new Position("JNJ", new BigDecimal("25"), new BigDecimal("150"), new BigDecimal("158")));
            return c;
        });
        assertEquals(new BigDecimal("25"), evaluation.order().quantity());
        assertEquals(OrderClass.SIMPLE, evaluation.order().orderClass());
    }

    // ---- every denial, with limit and actual in its message ---------------------------------------------------

    static Stream<Arguments> denials() {
        Recommendation buy = rec(Side.BUY, "JNJ", null, "155.50", null, null);
        return Stream.of(
                Arguments.of(DenialReason.RECOMMENDATION_EXPIRED, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), c.state(), NOW.plusSeconds(7200), 0, 0, false, 0, false, 0)), "valid until"),
                Arguments.of(DenialReason.NO_ACCOUNT_SNAPSHOT, buy, change(c -> new Ctx(c.limits(), null, c.positions(),
                        c.state(), c.now(), 0, 0, false, 0, false, 0)), "no account snapshot"),
                Arguments.of(DenialReason.STALE_ACCOUNT_SNAPSHOT, buy, change(c -> new Ctx(c.limits(),
                        new AccountState("PA-DEE", new BigDecimal("100000"), new BigDecimal("100000"),
                                new BigDecimal("60000"), new BigDecimal("120000"), 0, true, NOW.minusSeconds(900), null,
                                NOW.minusSeconds(900)),
                        c.positions(), c.state(), c.now(), 0, 0, false, 0, false, 0)), "max age=PT5M, got=PT15M"),
                Arguments.of(DenialReason.TRADING_HALTED, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), null, c.now(), 0, 0, false, 0, false, 0)), "unknown: treated as HALTED"),
                Arguments.of(DenialReason.NO_PRICE, rec(Side.BUY, "JNJ", null, null, null, null), change(c -> c),
                        "no limit price and no last known price for JNJ"),
                Arguments.of(DenialReason.POSITION_TOO_SMALL, rec(Side.BUY, "BRK.A", null, "700000", null, null),
                        change(c -> c), "buys less than one share at $700,000.00"),
                Arguments.of(DenialReason.STOP_LOSS_WRONG_SIDE, rec(Side.BUY, "JNJ", null, "155.50", "160", null),
                        change(c -> c), "stop=160 must be below entry=155.50 for BUY"),
                Arguments.of(DenialReason.TAKE_PROFIT_WRONG_SIDE, rec(Side.BUY, "JNJ", null, "155.50", "140", "150"),
                        change(c -> c), "take-profit=150 must be above entry=155.50 for BUY"),
                Arguments.of(DenialReason.LONG_ONLY_STRATEGY_CANNOT_SHORT, rec(Side.SELL_SHORT, "JNJ", null, "155.50",
                        null, null), change(c -> c), "DEE-BOT is long-only"),
                Arguments.of(DenialReason.CASH_RESERVE_BELOW_MIN, buy, change(c -> new Ctx(c.limits(),
                        RiskChecksTest.account("100000", "28000"), c.positions(), c.state(), c.now(), 0, 0, false, 0, false, 0)),
                        "min=25.00% ($25,000.00), after order=$23,024.00 (23.02%)"),
                Arguments.of(DenialReason.INSUFFICIENT_BUYING_POWER, buy, change(c -> new Ctx(c.limits(),
                        new AccountState("PA-DEE", new BigDecimal("100000"), new BigDecimal("100000"),
                                new BigDecimal("60000"), new BigDecimal("1000"), 0, true, NOW, null, NOW), c.positions(),
                        c.state(), c.now(), 0, 0, false, 0, false, 0)), "buying power=$1,000.00, order=$4,976.00"),
                Arguments.of(DenialReason.MAX_CONCURRENT_POSITIONS, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), c.state(), c.now(), 0, 10, false, 0, false, 0)),
                        "max=10, open=0 positions + 10 working entries"),
                Arguments.of(DenialReason.MAX_POSITIONS_PER_DAY, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), c.state(), c.now(), 3, 0, false, 0, false, 0)),
                        "max=3 new positions per day, got=3"),
                Arguments.of(DenialReason.PRICE_OUTSIDE_COLLAR, rec(Side.BUY, "JNJ", "1", "200", null, null),
                        change(c -> {
                            c.positions().put("JNJ", new Position("JNJ", new BigDecimal("1"), new BigDecimal("150"),
                                    new BigDecimal("150")));
                            return c;
                        }), "max=10.00% from last=150, limit=200 is 33.33%"),
                Arguments.of(DenialReason.CONFLICTING_OPEN_ORDER, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), c.state(), c.now(), 0, 0, true, 0, false, 0)), "still working"),
                Arguments.of(DenialReason.NO_POSITION_TO_REDUCE, rec(Side.SELL, "JNJ", null, "155.50", null, null),
                        change(c -> c), "no long position in JNJ to sell"),
                Arguments.of(DenialReason.PATTERN_DAY_TRADER, rec(Side.SELL, "JNJ", null, "155.50", null, null),
                        change(c -> {
                            c.positions().put("JNJ", new Position("JNJ", new BigDecimal("10"), new BigDecimal("150"),
                                    new BigDecimal("155")));
                            return new Ctx(c.limits(), RiskChecksTest.account("20000", "15000"), c.positions(), c.state(), c.now(), 0,
                                    0, false, 0, true, 3);
                        }), "day trades in 5 business days: max=3, got=3"),
                Arguments.of(DenialReason.TRADING_HALTED, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), TradingState.HALTED, c.now(), 0, 0, false, 0, false, 0)), "is HALTED"),
                Arguments.of(DenialReason.TRADING_REDUCING, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), TradingState.REDUCING, c.now(), 0, 0, false, 0, false, 0)),
                        "only orders that shrink a position, got BUY"),
                Arguments.of(DenialReason.ORDER_RATE_EXCEEDED, buy, change(c -> new Ctx(c.limits(), c.account(),
                        c.positions(), c.state(), c.now(), 0, 0, false, 10, false, 0)), "max=10 orders/minute, got=10"));
    }

    static UnaryOperator<Ctx> change(UnaryOperator<Ctx> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("denials")
    void eachCheckDeniesWithItsOwnReasonShowingLimitAndActual(DenialReason reason, Recommendation rec,
            UnaryOperator<Ctx> change, String messageContains) {
        Evaluation evaluation = evaluate(rec, change);
        assertTrue(!evaluation.passed(), "expected " + reason + " but the order passed");
        assertEquals(reason, evaluation.denial().reason(), evaluation.denial()::toString);
        assertTrue(evaluation.denial().message().contains(messageContains),
                () -> "message '" + evaluation.denial().message() + "' lacks '" + messageContains + "'");
    }

    @Test
    void reducingStillLetsAnOrderThatShrinksAPositionThrough() {
        Evaluation evaluation = evaluate(rec(Side.SELL, "JNJ", null, "155.50", null, null), c -> {
            c.positions().put("JNJ", new Position("JNJ", new BigDecimal("10"), new BigDecimal("150"), new BigDecimal("155")));
            return new Ctx(c.limits(), c.account(), c.positions(), TradingState.REDUCING, c.now(), 0, 0, false, 0,
                    false, 0);
        });
        assertTrue(evaluation.passed(), () -> evaluation.denial().toString());
    }

    @Test
    void checksRunInOrderValidateSizePreTradeGateThrottle() {
        // halted AND over the rate AND out of cash: the pre-trade check is reported first, then the gate, then the throttle
        List<Evaluation> evaluations = List.of(
                evaluate(rec(Side.BUY, "JNJ", null, "155.50", null, null), c -> new Ctx(c.limits(),
                        RiskChecksTest.account("100000", "1000"), c.positions(), TradingState.HALTED, c.now(), 0, 0, false, 99, false, 0)),
                evaluate(rec(Side.BUY, "JNJ", null, "155.50", null, null), c -> new Ctx(c.limits(), c.account(),
                        c.positions(), TradingState.HALTED, c.now(), 0, 0, false, 99, false, 0)));
        assertEquals(DenialReason.CASH_RESERVE_BELOW_MIN, evaluations.get(0).denial().reason());
        assertEquals(DenialReason.TRADING_HALTED, evaluations.get(1).denial().reason());
    }

    static Evaluation withPrices(Recommendation rec, PriceFreshness prices) {
        Ctx c = Ctx.base();
        c.positions().put("JNJ", new Position("JNJ", new BigDecimal("10"), new BigDecimal("150"), new BigDecimal("155")));
        return RiskChecks.evaluate(rec, new RiskContext(c.limits(), c.account(), c.positions(), prices, c.state(),
                c.now(), 0, 0, false, 0, false, 0));
    }

    @Test
    void stalePricesDenyEveryOrderThatOpensOrGrowsAPositionBeforeSizingAndLetExitsThrough() {
        PriceFreshness stale = new PriceFreshness(false, "no market data for JNJ for more than PT10S",
                NOW.minusSeconds(30), "JNJ");
        for (Recommendation entry : List.of(rec(Side.BUY, "JNJ", null, "155.50", null, null),
                rec(Side.BUY, "BRK.A", null, "700000", null, null), rec(Side.SELL_SHORT, "PG", null, "150", null, null))) {
            Evaluation evaluation = withPrices(entry, stale);
            assertEquals(DenialReason.PRICES_STALE, evaluation.denial().reason(), evaluation.denial()::toString);
            assertEquals("no market data for JNJ for more than PT10S (stale since 2026-02-17T14:59:30Z; only orders "
                    + "that shrink a position pass until prices are fresh)", evaluation.denial().message());
        }
        Evaluation exit = withPrices(rec(Side.SELL, "JNJ", null, "155.50", null, null), stale);
        assertTrue(exit.passed(), () -> exit.denial().toString());
        Evaluation fresh = withPrices(rec(Side.BUY, "JNJ", null, "155.50", null, null),
                new PriceFreshness(true, null, NOW, ""));
        assertTrue(fresh.passed(), () -> fresh.denial().toString());
    }

    @Test
    void pricesNeverReportedWhileTheMarketIsOpenDenyEntriesAndLetExitsThrough() {
        Evaluation entry = withPrices(rec(Side.BUY, "JNJ", null, "155.50", null, null), null);
        assertEquals(DenialReason.PRICES_STALE, entry.denial().reason(), entry.denial()::toString);
        assertTrue(entry.denial().message().startsWith("no market-data status from execution-service yet"),
                entry.denial().message());
        Evaluation exit = withPrices(rec(Side.SELL, "JNJ", null, "155.50", null, null), null);
        assertTrue(exit.passed(), () -> exit.denial().toString());
    }
}

package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.domain.AccountView;
import dev.tradeguard.brokersim.domain.BrokerRejection;
import dev.tradeguard.brokersim.domain.OrderClass;
import dev.tradeguard.brokersim.domain.OrderQuery;
import dev.tradeguard.brokersim.domain.OrderRequest;
import dev.tradeguard.brokersim.domain.OrderStatus;
import dev.tradeguard.brokersim.domain.OrderType;
import dev.tradeguard.brokersim.domain.ReplaceRequest;
import dev.tradeguard.brokersim.domain.Side;
import dev.tradeguard.brokersim.domain.SimOrder;
import dev.tradeguard.brokersim.domain.TimeInForce;
import dev.tradeguard.brokersim.domain.TradeUpdate;
import dev.tradeguard.model.market.NyseCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperBrokerTest {

    /** Tuesday 2024-03-05 10:00 New York: the market is open. */
    static final Instant TUESDAY_10AM = Instant.parse("2024-03-05T15:00:00Z");

    PaperBroker broker;
    final List<TradeUpdate> updates = new ArrayList<>();

    @BeforeEach
    void openMarket() {
        broker = broker(BrokerSettings.defaults());
    }

    PaperBroker broker(BrokerSettings settings) {
        return broker(settings, TUESDAY_10AM);
    }

    PaperBroker broker(BrokerSettings settings, Instant start) {
        NyseCalendar calendar = NyseCalendar.standard();
        MarketData market = new MarketData(calendar, Map.of("SPY", new BigDecimal("500.00"),
                "AAPL", new BigDecimal("190.00")), Map.of(), settings.seed());
        SimulationClock clock = new SimulationClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), start, 0);
        PaperBroker created = new PaperBroker(settings, clock, calendar, market);
        updates.clear();
        created.addListener(updates::add);
        created.setPrice("SPY", new BigDecimal("500.00"));
        created.setPrice("AAPL", new BigDecimal("190.00"));
        return created;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    List<String> events() {
        return updates.stream().map(u -> u.event() + ":" + u.order().type().wire()).toList();
    }

    SimOrder reload(SimOrder order) {
        return broker.order(order.id(), true).orElseThrow();
    }

    @Test
    void marketListenersHearEveryPriceChangeBeforeTheOrdersItFillsAndAgreeWithTheLatestTrade() {
        List<String> heard = new ArrayList<>();
        broker.addMarketListener(tick -> heard.add(tick.trade().symbol() + "@" + tick.trade().price()
                + (tick.minuteBar().isPresent() ? " bar" : "")));
        broker.addListener(update -> heard.add("fill " + update.event()));
        broker.submit(OrderRequest.limit("AAPL", d("1"), Side.BUY, TimeInForce.DAY, d("180")));
        heard.clear();

        broker.setPrice("AAPL", d("179.99"));

        assertThat(heard).startsWith("AAPL@179.99").contains("fill fill");
        assertThat(broker.latestTrade("AAPL").price()).isEqualByComparingTo("179.99");
        heard.clear();
        broker.advance(java.time.Duration.ofMinutes(2));
        assertThat(heard).filteredOn(h -> h.endsWith(" bar")).hasSize(4);
        assertThat(heard.get(heard.size() - 1)).startsWith("SPY@" + broker.latestTrade("SPY").price());
    }

    @Test
    void aMarketOrderFillsAtTheLastPriceAndMovesCashIntoThePosition() {
        SimOrder order = broker.submit(OrderRequest.market("SPY", d("10"), Side.BUY, TimeInForce.DAY));

        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
        SimOrder filled = reload(order);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledAvgPrice()).isEqualByComparingTo("500");
        assertThat(events()).containsExactly("new:market", "fill:market");
        assertThat(updates.get(1).positionQty()).isEqualByComparingTo("10");
        AccountView account = broker.account();
        assertThat(account.cash()).isEqualByComparingTo("95000");
        assertThat(account.equity()).isEqualByComparingTo("100000");
        assertThat(broker.position("SPY").orElseThrow().avgEntryPrice()).isEqualByComparingTo("500");
    }

    @Test
    void aLimitBuyRestsUntilThePriceReachesItAndFillsAtTheLimit() {
        SimOrder order = broker.submit(OrderRequest.limit("SPY", d("5"), Side.BUY, TimeInForce.GTC, d("495")));
        assertThat(reload(order).status()).isEqualTo(OrderStatus.NEW);

        broker.setPrice("SPY", d("496"));
        assertThat(reload(order).status()).isEqualTo(OrderStatus.NEW);
        broker.setPrice("SPY", d("494.50"));

        SimOrder filled = reload(order);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledAvgPrice()).isEqualByComparingTo("494.50");
    }

    @Test
    void aLimitOrderTouchedWithinABarFillsAtItsLimitPrice() {
        SimOrder order = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.DAY, d("499.90")));
        for (int minute = 0; minute < 390 && reload(order).status() == OrderStatus.NEW; minute++) {
            broker.advance(Duration.ofMinutes(1));
        }
        SimOrder after = reload(order);
        assertThat(after.status()).isIn(OrderStatus.FILLED, OrderStatus.EXPIRED);
        if (after.status() == OrderStatus.FILLED) {
            assertThat(after.filledAvgPrice()).isLessThanOrEqualTo(d("499.90"));
        }
    }

    @Test
    void aSellStopTriggersWhenThePriceDropsThroughItAndFillsAtTheStop() {
        broker.submit(OrderRequest.market("SPY", d("10"), Side.BUY, TimeInForce.DAY));
        SimOrder stop = broker.submit(new OrderRequest("SPY", d("10"), null, Side.SELL, OrderType.STOP,
                TimeInForce.GTC, null, d("490"), null, null, false, null, OrderClass.SIMPLE, null, null, null));

        broker.setPrice("SPY", d("491"));
        assertThat(reload(stop).status()).isEqualTo(OrderStatus.NEW);
        broker.setPrice("SPY", d("489"));

        assertThat(reload(stop).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(reload(stop).filledAvgPrice()).isEqualByComparingTo("489");
        assertThat(broker.positions()).isEmpty();
    }

    @Test
    void bracketLegsAreHeldUntilTheParentFillsThenTheStopLegFillsAndCancelsTheTakeProfit() {
        OrderRequest bracket = OrderRequest.limit("SPY", d("10"), Side.BUY, TimeInForce.GTC, d("498"))
                .withClass(OrderClass.BRACKET, d("510"), d("490"), null).withClientOrderId("bracket-1");
        SimOrder parent = broker.submit(bracket);

        assertThat(parent.legs()).extracting(SimOrder::status).containsOnly(OrderStatus.HELD);
        assertThat(parent.legs()).extracting(SimOrder::type).containsExactly(OrderType.LIMIT, OrderType.STOP);

        broker.setPrice("SPY", d("497"));
        SimOrder filled = reload(parent);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.legs()).extracting(SimOrder::status).containsOnly(OrderStatus.NEW);

        broker.setPrice("SPY", d("489.50"));
        SimOrder done = reload(parent);
        assertThat(done.legs().get(1).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.legs().get(1).filledAvgPrice()).isEqualByComparingTo("489.50");
        assertThat(done.legs().get(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(broker.positions()).isEmpty();
        assertThat(events()).containsExactly("new:limit", "fill:limit", "new:limit", "new:stop", "fill:stop",
                "canceled:limit");
    }

    @Test
    void canceledBracketParentCancelsItsHeldLegs() {
        SimOrder parent = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.DAY, d("450"))
                .withClass(OrderClass.BRACKET, d("520"), d("440"), d("439")));
        broker.cancel(parent.id());
        assertThat(reload(parent).legs()).extracting(SimOrder::status).containsOnly(OrderStatus.CANCELED);
        assertThat(reload(parent).legs().get(1).type()).isEqualTo(OrderType.STOP_LIMIT);
    }

    @Test
    void anOcoTakeProfitFillCancelsTheStopLeg() {
        broker.submit(OrderRequest.market("SPY", d("4"), Side.BUY, TimeInForce.DAY));
        SimOrder oco = broker.submit(new OrderRequest("SPY", d("4"), null, Side.SELL, OrderType.LIMIT, TimeInForce.GTC,
                null, null, null, null, false, null, OrderClass.OCO, d("505"), d("495"), null));
        assertThat(oco.limitPrice()).isEqualByComparingTo("505");
        assertThat(oco.legs()).singleElement().extracting(SimOrder::status).isEqualTo(OrderStatus.NEW);

        broker.setPrice("SPY", d("506"));

        SimOrder after = reload(oco);
        assertThat(after.status()).as(events().toString()).isEqualTo(OrderStatus.FILLED);
        assertThat(after.legs().get(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(broker.positions()).isEmpty();
    }

    @Test
    void seededPartialFillsSplitAnExecutionAndTheRestFillsOnLaterPrices() {
        broker = broker(BrokerSettings.defaults().withPartialFills(1.0));
        SimOrder order = broker.submit(OrderRequest.limit("SPY", d("100"), Side.BUY, TimeInForce.GTC, d("501")));

        SimOrder partial = reload(order);
        assertThat(partial.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(partial.filledQty()).isBetween(d("1"), d("99"));
        assertThat(updates).extracting(TradeUpdate::event).contains("partial_fill");
        for (int i = 0; i < 50 && reload(order).status() != OrderStatus.FILLED; i++) {
            broker.setPrice("SPY", d("500"));
        }
        assertThat(reload(order).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(broker.position("SPY").orElseThrow().qty()).isEqualByComparingTo("100");
        assertThat(broker.executions().size()).isGreaterThan(1);
    }

    @Test
    void theSameSeedGivesTheSamePartialFills() {
        List<BigDecimal> first = partialFillSizes();
        List<BigDecimal> second = partialFillSizes();
        assertThat(first).isEqualTo(second).hasSizeGreaterThan(1);
    }

    private List<BigDecimal> partialFillSizes() {
        broker = broker(BrokerSettings.defaults().withPartialFills(0.7));
        for (int order = 0; order < 3; order++) {
            broker.submit(OrderRequest.market("SPY", d("50"), Side.BUY, TimeInForce.GTC));
        }
        for (int i = 0; i < 20; i++) {
            broker.setPrice("SPY", d("500"));
        }
        return updates.stream().filter(u -> u.qty() != null).map(TradeUpdate::qty).toList();
    }

    @Test
    void aFourthDayTradeInFiveBusinessDaysIsRejectedUnder25kEquity() {
        broker = broker(BrokerSettings.defaults().withInitialCash(d("20000")));
        for (int trade = 0; trade < 3; trade++) {
            broker.submit(OrderRequest.market("AAPL", d("10"), Side.BUY, TimeInForce.DAY));
            broker.submit(OrderRequest.market("AAPL", d("10"), Side.SELL, TimeInForce.DAY));
        }
        assertThat(broker.account().daytradeCount()).isEqualTo(3);
        broker.submit(OrderRequest.market("AAPL", d("10"), Side.BUY, TimeInForce.DAY));

        assertThatThrownBy(() -> broker.submit(OrderRequest.market("AAPL", d("10"), Side.SELL, TimeInForce.DAY)))
                .isInstanceOfSatisfying(BrokerRejection.class, r -> {
                    assertThat(r.httpStatus()).isEqualTo(403);
                    assertThat(r.code()).isEqualTo(BrokerRejection.PATTERN_DAY_TRADING);
                    assertThat(r.getMessage()).isEqualTo("trade denied due to pattern day trading protection");
                });
    }

    @Test
    void dayTradesOlderThanFiveBusinessDaysNoLongerCount() {
        broker = broker(BrokerSettings.defaults().withInitialCash(d("20000")));
        for (int trade = 0; trade < 3; trade++) {
            broker.submit(OrderRequest.market("AAPL", d("1"), Side.BUY, TimeInForce.DAY));
            broker.submit(OrderRequest.market("AAPL", d("1"), Side.SELL, TimeInForce.DAY));
        }
        broker.advance(Duration.ofDays(7));

        assertThat(broker.account().daytradeCount()).isZero();
        broker.submit(OrderRequest.market("AAPL", d("1"), Side.BUY, TimeInForce.DAY));
        SimOrder sell = broker.submit(OrderRequest.market("AAPL", d("1"), Side.SELL, TimeInForce.DAY));
        assertThat(reload(sell).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void anOrderCostingMoreThanBuyingPowerIsRejectedWithAlpacasCode() {
        assertThat(broker.account().buyingPower()).isEqualByComparingTo("200000");
        assertThatThrownBy(() -> broker.submit(OrderRequest.market("SPY", d("401"), Side.BUY, TimeInForce.DAY)))
                .isInstanceOfSatisfying(BrokerRejection.class, r -> {
                    assertThat(r.httpStatus()).isEqualTo(403);
                    assertThat(r.code()).isEqualTo(40310000);
                    assertThat(r.getMessage()).isEqualTo("insufficient buying power");
                });
        assertThat(broker.orders(OrderQuery.all())).isEmpty();
    }

    @Test
    void openBuyOrdersReduceBuyingPower() {
        broker.submit(OrderRequest.limit("SPY", d("100"), Side.BUY, TimeInForce.GTC, d("400")));
        assertThat(broker.account().buyingPower()).isEqualByComparingTo("160000");
    }

    @Test
    void shortingIsRejectedOnACashAccount() {
        broker = broker(BrokerSettings.defaults().withMultiplier(1, true));
        assertThatThrownBy(() -> broker.submit(OrderRequest.market("SPY", d("1"), Side.SELL, TimeInForce.DAY)))
                .isInstanceOfSatisfying(BrokerRejection.class, r -> {
                    assertThat(r.httpStatus()).isEqualTo(403);
                    assertThat(r.getMessage()).isEqualTo("account is not allowed to short");
                });
    }

    @Test
    void aShortOnAMarginAccountIsBookedAsANegativePosition() {
        broker.submit(OrderRequest.market("SPY", d("2"), Side.SELL, TimeInForce.DAY));
        broker.setPrice("SPY", d("490"));
        var position = broker.position("SPY").orElseThrow();
        assertThat(position.qty()).isEqualByComparingTo("-2");
        assertThat(position.side()).isEqualTo("short");
        assertThat(position.unrealizedPl()).isEqualByComparingTo("20");
        assertThat(broker.account().shortMarketValue()).isEqualByComparingTo("-980");
    }

    @Test
    void sellingMoreThanTheSharesNotAlreadyPromisedIsRejected() {
        broker.submit(OrderRequest.market("SPY", d("5"), Side.BUY, TimeInForce.DAY));
        broker.submit(OrderRequest.limit("SPY", d("5"), Side.SELL, TimeInForce.GTC, d("600")));
        assertThatThrownBy(() -> broker.submit(OrderRequest.market("SPY", d("1"), Side.SELL, TimeInForce.DAY)))
                .hasMessage("insufficient qty available for order (requested: 1, available: 0)");
    }

    @Test
    void aClientOrderIdCanNeverBeReusedEvenAfterTheOrderIsCanceled() {
        SimOrder first = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.GTC, d("400"))
                .withClientOrderId("once"));
        broker.cancel(first.id());
        assertThatThrownBy(() -> broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.GTC, d("400"))
                .withClientOrderId("once")))
                .isInstanceOfSatisfying(BrokerRejection.class, r -> {
                    assertThat(r.httpStatus()).isEqualTo(422);
                    assertThat(r.code()).isEqualTo(40010001);
                    assertThat(r.getMessage()).isEqualTo("client_order_id must be unique");
                });
    }

    @Test
    void aClientOrderIdLongerThan48CharactersIsRejected() {
        assertThatThrownBy(() -> broker.submit(OrderRequest.market("SPY", d("1"), Side.BUY, TimeInForce.DAY)
                .withClientOrderId("x".repeat(49))))
                .hasMessage("client_order_id must be no more than 48 characters");
    }

    @Test
    void cancelingAFilledOrderIsRefusedWith422() {
        SimOrder order = broker.submit(OrderRequest.market("SPY", d("1"), Side.BUY, TimeInForce.DAY));
        assertThatThrownBy(() -> broker.cancel(order.id()))
                .isInstanceOfSatisfying(BrokerRejection.class, r -> assertThat(r.httpStatus()).isEqualTo(422))
                .hasMessage("order is already in \"filled\" state");
    }

    @Test
    void dayOrdersExpireAtTheCloseAndGtcOrdersStay() {
        SimOrder day = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.DAY, d("100")));
        SimOrder gtc = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.GTC, d("100")));
        broker.advance(Duration.ofHours(6).plusMinutes(1));

        assertThat(reload(day).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(reload(gtc).status()).isEqualTo(OrderStatus.NEW);
        assertThat(updates).extracting(TradeUpdate::event).contains("expired");
    }

    @Test
    void onAnEarlyCloseDayDayOrdersExpireAtOnePm() {
        broker = broker(BrokerSettings.defaults(), Instant.parse("2026-11-27T15:00:00Z"));
        SimOrder day = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.DAY, d("100")));

        broker.advance(Duration.ofHours(2).plusMinutes(59));
        assertThat(reload(day).status()).isEqualTo(OrderStatus.NEW);
        broker.advance(Duration.ofMinutes(1));
        assertThat(reload(day).status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void anOrderPlacedAfterTheCloseIsAcceptedAndFillsAtTheNextSessionsFirstBar() {
        broker.advance(Duration.ofHours(7));
        SimOrder order = broker.submit(OrderRequest.market("SPY", d("1"), Side.BUY, TimeInForce.DAY));
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);

        broker.advance(Duration.ofHours(16).plusMinutes(31));

        SimOrder filled = reload(order);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledAt()).isEqualTo(Instant.parse("2024-03-06T14:31:00Z"));
    }

    @Test
    void anUnmarketableImmediateOrCancelOrderIsCanceledAtOnce() {
        SimOrder ioc = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.IOC, d("400")));
        assertThat(reload(ioc).status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void replacingAnOrderCreatesANewOneAndMarksTheOldReplaced() {
        SimOrder order = broker.submit(OrderRequest.limit("SPY", d("1"), Side.BUY, TimeInForce.GTC, d("400")));
        SimOrder replacement = broker.replace(order.id(), new ReplaceRequest(d("2"), null, d("410"), null, null, null));

        assertThat(replacement.replaces()).isEqualTo(order.id());
        assertThat(replacement.qty()).isEqualByComparingTo("2");
        assertThat(replacement.limitPrice()).isEqualByComparingTo("410");
        SimOrder old = reload(order);
        assertThat(old.status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(old.replacedBy()).isEqualTo(replacement.id());
        assertThat(updates).extracting(TradeUpdate::event).containsSubsequence("replaced", "new");
    }

    @Test
    void aTrailingStopFollowsTheHighAndTriggersOnThePullback() {
        broker.submit(OrderRequest.market("SPY", d("1"), Side.BUY, TimeInForce.DAY));
        SimOrder trailing = broker.submit(new OrderRequest("SPY", d("1"), null, Side.SELL, OrderType.TRAILING_STOP,
                TimeInForce.GTC, null, null, d("5"), null, false, null, OrderClass.SIMPLE, null, null, null));
        assertThat(trailing.stopPrice()).isEqualByComparingTo("495");

        broker.setPrice("SPY", d("520"));
        assertThat(reload(trailing).stopPrice()).isEqualByComparingTo("515");
        broker.setPrice("SPY", d("514"));

        assertThat(reload(trailing).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(reload(trailing).filledAvgPrice()).isEqualByComparingTo("514");
    }

    @Test
    void closingAllPositionsLeavesTheAccountFlat() {
        broker.submit(OrderRequest.market("SPY", d("3"), Side.BUY, TimeInForce.DAY));
        broker.submit(OrderRequest.market("AAPL", d("2"), Side.SELL, TimeInForce.DAY));
        broker.submit(OrderRequest.limit("SPY", d("3"), Side.SELL, TimeInForce.GTC, d("600")));

        var results = broker.closeAll(true);

        assertThat(results).extracting(r -> r.status()).containsOnly(200);
        assertThat(broker.positions()).isEmpty();
        assertThat(broker.account().cash()).isEqualByComparingTo("100000");
    }

    @Test
    void unrealizedProfitFollowsThePrice() {
        broker.submit(OrderRequest.market("SPY", d("10"), Side.BUY, TimeInForce.DAY));
        broker.setPrice("SPY", d("510"));
        var position = broker.position("SPY").orElseThrow();
        assertThat(position.unrealizedPl()).isEqualByComparingTo("100");
        assertThat(position.unrealizedPlpc()).isEqualByComparingTo("0.02");
        assertThat(broker.account().equity()).isEqualByComparingTo("100100");
    }

    @Test
    void lastEquityBecomesTheEquityOfThePreviousClose() {
        broker.submit(OrderRequest.market("SPY", d("10"), Side.BUY, TimeInForce.DAY));
        broker.setPrice("SPY", d("510"));
        BigDecimal equityBeforeClose = broker.account().equity();
        broker.advance(Duration.ofHours(24));
        assertThat(broker.account().lastEquity()).isNotEqualByComparingTo("100000");
        assertThat(broker.account().lastEquity()).isCloseTo(equityBeforeClose, org.assertj.core.data.Offset.offset(d("500")));
    }
}

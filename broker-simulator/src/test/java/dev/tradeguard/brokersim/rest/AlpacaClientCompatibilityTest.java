package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.AlpacaClients;
import dev.tradeguard.brokersim.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.jacobpeterson.alpaca.AlpacaAPI;
import net.jacobpeterson.alpaca.model.endpoint.account.Account;
import net.jacobpeterson.alpaca.model.endpoint.accountactivities.AccountActivity;
import net.jacobpeterson.alpaca.model.endpoint.accountactivities.TradeActivity;
import net.jacobpeterson.alpaca.model.endpoint.accountactivities.enums.ActivityType;
import net.jacobpeterson.alpaca.model.endpoint.clock.Clock;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.historical.bar.enums.BarTimePeriod;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.bar.StockBarsResponse;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.bar.enums.BarAdjustment;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.stock.historical.bar.enums.BarFeed;
import net.jacobpeterson.alpaca.model.endpoint.orders.CancelledOrder;
import net.jacobpeterson.alpaca.model.endpoint.orders.Order;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.CurrentOrderStatus;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderClass;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderSide;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderStatus;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderTimeInForce;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderType;
import net.jacobpeterson.alpaca.model.endpoint.positions.ClosePositionOrder;
import net.jacobpeterson.alpaca.model.endpoint.streaming.enums.StreamingMessageType;
import net.jacobpeterson.alpaca.model.endpoint.streaming.trade.TradeUpdateMessage;
import net.jacobpeterson.alpaca.model.endpoint.streaming.trade.enums.TradeUpdateEvent;
import net.jacobpeterson.alpaca.rest.AlpacaClientException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The real Alpaca client (alpaca-java 9.2.0), unchanged but for an OkHttp interceptor that sends its requests for
 * paper-api.alpaca.markets and data.alpaca.markets, websocket included, to the simulator.
 */
@QuarkusTest
class AlpacaClientCompatibilityTest {

    static final String START = "2024-03-05T15:00:00Z";

    @TestHTTPResource("/")
    URL simulator;

    AlpacaAPI alpaca;
    final List<TradeUpdateMessage> tradeUpdates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void freshAccountAndClient() {
        SimulatorAdmin.resetSteppedAt(simulator, START);
        alpaca = AlpacaClients.pointedAt(simulator);
    }

    @AfterEach
    void disconnect() {
        if (alpaca.streaming().isConnected()) {
            alpaca.streaming().disconnect();
        }
    }

    void setPrice(String symbol, String price) {
        given().baseUri(simulator.toString()).contentType(ContentType.JSON).body("{\"price\":\"" + price + "\"}")
                .put("/admin/prices/" + symbol).then().statusCode(200);
    }

    Order bracketBuy(String clientOrderId, double limit, double takeProfit, double stopLoss)
            throws AlpacaClientException {
        return alpaca.orders().requestOrder("SPY", 10.0, null, OrderSide.BUY, OrderType.LIMIT, OrderTimeInForce.GOOD_UNTIL_CANCELLED,
                limit, null, null, null, false, clientOrderId, OrderClass.BRACKET, takeProfit, stopLoss, null);
    }

    @Test
    void theAccountReadsAsAFundedActiveMarginAccount() throws Exception {
        Account account = alpaca.account().get();

        assertThat(account.getCash()).isEqualTo("100000");
        assertThat(account.getEquity()).isEqualTo("100000");
        assertThat(account.getBuyingPower()).isEqualTo("200000");
        assertThat(account.getMultiplier()).isEqualTo("2");
        assertThat(account.getStatus().toString()).isEqualTo("ACTIVE");
        assertThat(account.getDaytradeCount()).isZero();
    }

    @Test
    void theClockSaysTheMarketIsOpenOnATuesdayMorning() throws Exception {
        Clock clock = alpaca.clock().get();
        assertThat(clock.getIsOpen()).isTrue();
        assertThat(clock.getNextClose().toInstant()).hasToString("2024-03-05T21:00:00Z");
        assertThat(alpaca.calendar().get(java.time.LocalDate.parse("2024-03-25"),
                java.time.LocalDate.parse("2024-04-01"))).extracting(c -> c.getDate().toString())
                .doesNotContain("2024-03-29").contains("2024-03-28", "2024-04-01");
    }

    @Test
    void aBracketLimitOrderKeepsItsClientIdAndHoldsItsLegs() throws Exception {
        Order order = bracketBuy("tg-bracket-1", 495, 520, 480);

        assertThat(order.getClientOrderId()).isEqualTo("tg-bracket-1");
        assertThat(order.getOrderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(order.getLimitPrice()).isEqualTo("495");
        assertThat(order.getLegs()).extracting(Order::getStatus).containsOnly(OrderStatus.HELD);
        assertThat(order.getLegs()).extracting(Order::getType).containsExactly(OrderType.LIMIT, OrderType.STOP);
        assertThat(alpaca.orders().getByClientID("tg-bracket-1").getId()).isEqualTo(order.getId());
    }

    @Test
    void aReusedClientOrderIdIsRejectedTheWayAlpacaRejectsIt() throws Exception {
        Order first = bracketBuy("tg-dup", 495, 520, 480);
        alpaca.orders().cancel(first.getId());

        assertThatThrownBy(() -> bracketBuy("tg-dup", 495, 520, 480))
                .isInstanceOfSatisfying(AlpacaClientException.class, e -> {
                    // alpaca-java parses the error body lazily, in getMessage().
                    assertThat(e.getMessage()).contains("client_order_id must be unique");
                    assertThat(e.getResponseStatusCode()).isEqualTo(422);
                    assertThat(e.getAPIResponseCode()).isEqualTo(40010001);
                    assertThat(e.getAPIResponseMessage()).isEqualTo("client_order_id must be unique");
                });
        given().baseUri(simulator.toString()).get("/admin/order-requests").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(2))
                .body("[1].http_status", org.hamcrest.Matchers.is(422));
    }

    @Test
    void insufficientBuyingPowerIsA403WithAlpacasCode() {
        assertThatThrownBy(() -> alpaca.orders().requestMarketOrder("SPY", 1000, OrderSide.BUY, OrderTimeInForce.DAY))
                .isInstanceOfSatisfying(AlpacaClientException.class, e -> {
                    assertThat(e.getMessage()).contains("insufficient buying power");
                    assertThat(e.getResponseStatusCode()).isEqualTo(403);
                    assertThat(e.getAPIResponseCode()).isEqualTo(40310000);
                    assertThat(e.getAPIResponseMessage()).isEqualTo("insufficient buying power");
                });
    }

    void listenToTradeUpdates() throws Exception {
        alpaca.streaming().setListener((type, message) -> {
            if (type == StreamingMessageType.TRADE_UPDATES) {
                tradeUpdates.add((TradeUpdateMessage) message);
            }
        });
        alpaca.streaming().connect();
        assertThat(alpaca.streaming().getAuthorizationFuture().get(10, TimeUnit.SECONDS)).isTrue();
        alpaca.streaming().streams(StreamingMessageType.TRADE_UPDATES);
        await().atMost(Duration.ofSeconds(10)).until(() -> given().baseUri(simulator.toString())
                .get("/admin/stream").path("listening").equals(1));
    }

    @Test
    void tradeUpdatesStreamNewThenFillForAMarketableOrder() throws Exception {
        listenToTradeUpdates();

        setPrice("SPY", "500.00");
        Order order = alpaca.orders().requestMarketOrder("SPY", 3, OrderSide.BUY, OrderTimeInForce.DAY);

        await().atMost(Duration.ofSeconds(10)).until(() -> tradeUpdates.size() >= 2);
        assertThat(tradeUpdates).extracting(m -> m.getData().getEvent())
                .containsExactly(TradeUpdateEvent.NEW, TradeUpdateEvent.FILL);
        var fill = tradeUpdates.get(1).getData();
        assertThat(fill.getOrder().getId()).isEqualTo(order.getId());
        assertThat(fill.getOrder().getStatus()).isEqualTo(OrderStatus.FILLED);
        assertThat(fill.getPrice()).isEqualTo("500");
        assertThat(fill.getPositionQuantity()).isEqualTo("3");
    }

    @Test
    void anUnstreamedFillHappensAtTheBrokerButOnlyRestShowsIt() throws Exception {
        listenToTradeUpdates();
        setPrice("SPY", "500.00");
        given().baseUri(simulator.toString()).contentType(ContentType.JSON).body("{\"unstreamed_next_fills\":1}")
                .put("/admin/faults").then().statusCode(200)
                .body("unstreamed_next_fills", org.hamcrest.Matchers.equalTo(1));

        Order unheard = alpaca.orders().requestMarketOrder("SPY", 2, OrderSide.BUY, OrderTimeInForce.DAY);
        Order heard = alpaca.orders().requestMarketOrder("SPY", 1, OrderSide.BUY, OrderTimeInForce.DAY);

        await().atMost(Duration.ofSeconds(10)).until(() -> tradeUpdates.size() >= 3);
        assertThat(tradeUpdates).extracting(m -> m.getData().getEvent())
                .containsExactly(TradeUpdateEvent.NEW, TradeUpdateEvent.NEW, TradeUpdateEvent.FILL);
        assertThat(tradeUpdates.get(2).getData().getOrder().getId()).isEqualTo(heard.getId());
        GateAndFaultsTest.alpaca().baseUri(simulator.toString()).get("/v2/orders/" + unheard.getId()).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("filled"));
    }

    @Test
    void theStopLegFillsWhenThePriceDrops() throws Exception {
        setPrice("SPY", "500.00");
        Order parent = bracketBuy("tg-stop", 501, 520, 480);
        assertThat(alpaca.orders().get(parent.getId(), true).getStatus()).isEqualTo(OrderStatus.FILLED);

        setPrice("SPY", "479.50");

        Order after = alpaca.orders().get(parent.getId(), true);
        assertThat(after.getLegs()).extracting(Order::getType, Order::getStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrderType.LIMIT, OrderStatus.CANCELED),
                org.assertj.core.groups.Tuple.tuple(OrderType.STOP, OrderStatus.FILLED));
        assertThat(after.getLegs().get(1).getAverageFillPrice()).isEqualTo("479.5");
        assertThat(alpaca.positions().get()).isEmpty();
        List<AccountActivity> fills = alpaca.accountActivities().get(null, null, null, null, null, null,
                ActivityType.FILL);
        assertThat(fills).hasSize(2);
        assertThat(((TradeActivity) fills.get(0)).getPrice()).isEqualTo("479.5");
    }

    @Test
    void cancelAllAnswersWithTheStatusOfEachOrder() throws Exception {
        alpaca.orders().requestLimitOrder("SPY", 1.0, OrderSide.BUY, OrderTimeInForce.GOOD_UNTIL_CANCELLED, 400.0, false);
        alpaca.orders().requestLimitOrder("AAPL", 1.0, OrderSide.BUY, OrderTimeInForce.DAY, 150.0, false);

        List<CancelledOrder> canceled = alpaca.orders().cancelAll();

        assertThat(canceled).hasSize(2).extracting(CancelledOrder::getStatus).containsOnly(200);
        assertThat(canceled).extracting(c -> c.getOrder().getStatus()).containsOnly(OrderStatus.CANCELED);
        assertThat(alpaca.orders().get(CurrentOrderStatus.OPEN, null, null, null, null, null, null)).isEmpty();
    }

    @Test
    void closeAllLeavesTheAccountFlat() throws Exception {
        alpaca.orders().requestMarketOrder("SPY", 5, OrderSide.BUY, OrderTimeInForce.DAY);
        alpaca.orders().requestMarketOrder("AAPL", 2, OrderSide.SELL, OrderTimeInForce.DAY);
        alpaca.orders().requestLimitOrder("SPY", 5.0, OrderSide.SELL, OrderTimeInForce.GOOD_UNTIL_CANCELLED, 600.0, false);
        assertThat(alpaca.positions().get()).hasSize(2);

        List<ClosePositionOrder> closed = alpaca.positions().closeAll(true);

        assertThat(closed).extracting(ClosePositionOrder::getStatus).containsOnly(200);
        assertThat(alpaca.positions().get()).isEmpty();
        assertThat(alpaca.orders().get(CurrentOrderStatus.OPEN, null, null, null, null, null, null)).isEmpty();
        assertThat(alpaca.account().get().getCash()).isEqualTo("100000");
    }

    @Test
    void aPositionCanBePartlyClosedByPercentage() throws Exception {
        alpaca.orders().requestMarketOrder("SPY", 10, OrderSide.BUY, OrderTimeInForce.DAY);
        Order close = alpaca.positions().close("SPY", null, 30.0);
        assertThat(close.getQuantity()).isEqualTo("3");
        assertThat(alpaca.positions().getBySymbol("SPY").getQuantity()).isEqualTo("7");
    }

    @Test
    void spyHasMinuteBarsUpToTheSimulatedNow() throws Exception {
        StockBarsResponse bars = alpaca.stockMarketData().getBars("SPY",
                ZonedDateTime.parse("2024-03-04T14:30:00Z"), ZonedDateTime.parse("2024-03-05T16:00:00Z"), null, null,
                1, BarTimePeriod.MINUTE, BarAdjustment.RAW, BarFeed.IEX);

        assertThat(bars.getSymbol()).isEqualTo("SPY");
        assertThat(bars.getBars()).hasSize(390 + 30);
        assertThat(bars.getBars().get(bars.getBars().size() - 1).getTimestamp().toInstant())
                .hasToString("2024-03-05T14:59:00Z");
        assertThat(bars.getBars()).allSatisfy(b -> assertThat(b.getHigh()).isGreaterThanOrEqualTo(b.getLow()));
        assertThat(alpaca.stockMarketData().getLatestTrade("SPY").getTrade().getPrice()).isPositive();
        assertThat(alpaca.stockMarketData().getLatestQuote("SPY").getQuote().getAskPrice())
                .isGreaterThan(alpaca.stockMarketData().getLatestQuote("SPY").getQuote().getBidPrice());
    }

    @Test
    void dailyBarsAggregateTheSession() throws Exception {
        StockBarsResponse bars = alpaca.stockMarketData().getBars("SPY",
                ZonedDateTime.parse("2024-02-27T00:00:00Z"), ZonedDateTime.parse("2024-03-05T15:00:00Z"), null, null,
                1, BarTimePeriod.DAY, BarAdjustment.RAW, BarFeed.IEX);
        assertThat(bars.getBars()).hasSize(6);
        assertThat(bars.getBars().get(0).getTimestamp().toInstant()).hasToString("2024-02-27T05:00:00Z");
    }
}

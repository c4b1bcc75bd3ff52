package dev.tradeguard.brokersim.rest;

import dev.tradeguard.brokersim.service.MarketData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.jacobpeterson.alpaca.AlpacaAPI;
import net.jacobpeterson.alpaca.model.endpoint.assets.Asset;
import net.jacobpeterson.alpaca.model.endpoint.assets.enums.AssetClass;
import net.jacobpeterson.alpaca.model.endpoint.assets.enums.AssetStatus;
import net.jacobpeterson.alpaca.model.endpoint.orders.Order;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderSide;
import net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderTimeInForce;
import net.jacobpeterson.alpaca.model.endpoint.watchlist.Watchlist;
import net.jacobpeterson.alpaca.rest.AlpacaClientException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** GET /v2/assets and the watchlist API through the real Alpaca client. */
@QuarkusTest
class AssetsAndWatchlistsClientTest extends FreshAccountClientTest {

    static final List<String> SIMULATED = List.of("AAPL", "AMZN", "GOOGL", "IWM", "META", "MSFT", "NVDA", "QQQ",
            "SPY", "TSLA");

    static void expectRejection(ThrowingCall call, int status, int code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AlpacaClientException.class, e -> {
            // alpaca-java parses the error body lazily, in getMessage().
            assertThat(e.getMessage()).contains(message);
            assertThat(e.getResponseStatusCode()).isEqualTo(status);
            assertThat(e.getAPIResponseCode()).isEqualTo(code);
            assertThat(e.getAPIResponseMessage()).isEqualTo(message);
        });
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void everySimulatedSymbolIsAnActiveTradableShortableEasyToBorrowFractionableEquity() throws Exception {
        List<Asset> assets = alpaca.assets().get(AssetStatus.ACTIVE, AssetClass.US_EQUITY);

        assertThat(assets).extracting(Asset::getSymbol).containsExactlyInAnyOrderElementsOf(SIMULATED);
        assertThat(assets).allSatisfy(a -> {
            assertThat(a.getId()).isEqualTo(MarketData.assetId(a.getSymbol()));
            assertThat(a.getAssetClass()).isEqualTo(AssetClass.US_EQUITY);
            assertThat(a.getStatus()).isEqualTo(AssetStatus.ACTIVE);
            assertThat(a.getTradable()).isTrue();
            assertThat(a.getMarginable()).isTrue();
            assertThat(a.getShortable()).isTrue();
            assertThat(a.getEasyToBorrow()).isTrue();
            assertThat(a.getFractionable()).isTrue();
        });
        // Sorted as Alpaca sorts them: by exchange, then symbol.
        assertThat(assets).extracting(Asset::getExchange).containsExactly("ARCA", "ARCA", "NASDAQ", "NASDAQ",
                "NASDAQ", "NASDAQ", "NASDAQ", "NASDAQ", "NASDAQ", "NASDAQ");
        assertThat(assets.get(0).getSymbol()).isEqualTo("IWM");
        assertThat(assets.get(1).getName()).isEqualTo("SPDR S&P 500 ETF Trust");
    }

    @Test
    void filtersSelectByExchangeClassAndStatus() throws Exception {
        assertThat(alpaca.assets().get(null, AssetClass.CRYPTO)).isEmpty();
        assertThat(alpaca.assets().get(AssetStatus.INACTIVE, null)).isEmpty();
        GateAndFaultsTest.alpaca().get("/v2/assets?exchange=ARCA").then().statusCode(200)
                .body("symbol", contains("IWM", "SPY"));
        GateAndFaultsTest.alpaca().get("/v2/assets?attributes=has_options").then().statusCode(200)
                .body("$", hasSize(0));
        GateAndFaultsTest.alpaca().get("/v2/assets?exchange=LSE").then().statusCode(422)
                .body("message", equalTo("invalid exchange: LSE (one of AMEX, ARCA, BATS, NASDAQ, NYSE, NYSEARCA,"
                        + " OTC)"));
    }

    @Test
    void anAssetIsFoundBySymbolOrByTheIdItsOrdersAndPositionsCarry() throws Exception {
        Order order = alpaca.orders().requestMarketOrder("AAPL", 2, OrderSide.BUY, OrderTimeInForce.DAY);

        Asset bySymbol = alpaca.assets().getBySymbol("AAPL");
        Asset byId = alpaca.assets().getBySymbol(order.getAssetId());

        assertThat(bySymbol.getId()).isEqualTo(order.getAssetId())
                .isEqualTo(alpaca.positions().getBySymbol("AAPL").getAssetId());
        assertThat(byId.getSymbol()).isEqualTo("AAPL");
        assertThat(byId.getExchange()).isEqualTo("NASDAQ")
                .isEqualTo(alpaca.positions().getBySymbol("AAPL").getExchange());
    }

    @Test
    void anUnknownAssetIs404WithAlpacasCode() {
        expectRejection(() -> alpaca.assets().getBySymbol("NOPE"), 404, 40410000, "asset not found for NOPE");
    }

    /** alpaca-java's requestFractionalMarketOrder sends gtc; Alpaca takes fractional market orders as day orders. */
    static void halfShareDayMarketBuy(AlpacaAPI alpaca, String symbol) throws AlpacaClientException {
        alpaca.orders().requestOrder(symbol, 0.5, null, OrderSide.BUY,
                net.jacobpeterson.alpaca.model.endpoint.orders.enums.OrderType.MARKET, OrderTimeInForce.DAY, null,
                null, null, null, false, null, null, null, null, null);
    }

    void changeAsset(String symbol, String flags) {
        given().baseUri(simulator.toString()).contentType(ContentType.JSON).body(flags)
                .put("/admin/assets/" + symbol).then().statusCode(200);
    }

    @Test
    void aHardToBorrowAssetSaysSoAndItsShortSaleIsRefusedWhileBuyingItStillWorks() throws Exception {
        changeAsset("TSLA", "{\"easy_to_borrow\":false}");

        Asset tsla = alpaca.assets().getBySymbol("TSLA");
        assertThat(tsla.getEasyToBorrow()).isFalse();
        assertThat(tsla.getShortable()).isTrue();
        expectRejection(() -> alpaca.orders().requestMarketOrder("TSLA", 1, OrderSide.SELL, OrderTimeInForce.DAY),
                403, 40310000, "asset TSLA is hard to borrow and cannot be sold short");
        assertThat(alpaca.orders().requestMarketOrder("TSLA", 1, OrderSide.BUY, OrderTimeInForce.DAY).getSymbol())
                .isEqualTo("TSLA");
        // Selling what is held is not a short.
        assertThat(alpaca.orders().requestMarketOrder("TSLA", 1, OrderSide.SELL, OrderTimeInForce.DAY).getSymbol())
                .isEqualTo("TSLA");
    }

    @Test
    void aNonShortableNonTradableOrNonFractionableAssetRefusesTheOrdersItCannotTake() throws Exception {
        changeAsset("NVDA", "{\"shortable\":false}");
        changeAsset("META", "{\"tradable\":false}");
        changeAsset("AMZN", "{\"fractionable\":false}");

        expectRejection(() -> alpaca.orders().requestMarketOrder("NVDA", 1, OrderSide.SELL, OrderTimeInForce.DAY),
                403, 40310000, "asset NVDA cannot be sold short");
        expectRejection(() -> alpaca.orders().requestMarketOrder("META", 1, OrderSide.BUY, OrderTimeInForce.DAY),
                422, 40010001, "asset META is not tradable");
        expectRejection(() -> halfShareDayMarketBuy(alpaca, "AMZN"), 422,
                40010001, "asset AMZN is not fractionable");
        assertThat(alpaca.assets().getBySymbol("META").getTradable()).isFalse();

        freshAccount();
        assertThat(alpaca.assets().get(null, null)).allSatisfy(a -> {
            assertThat(a.getTradable()).isTrue();
            assertThat(a.getShortable()).isTrue();
            assertThat(a.getFractionable()).isTrue();
        });
    }

    @Test
    void anInactiveAssetIsListedOnlyUnderInactive() throws Exception {
        changeAsset("IWM", "{\"status\":\"inactive\"}");

        assertThat(alpaca.assets().get(AssetStatus.INACTIVE, null)).extracting(Asset::getSymbol)
                .containsExactly("IWM");
        assertThat(alpaca.assets().get(AssetStatus.ACTIVE, null)).extracting(Asset::getSymbol).doesNotContain("IWM");
        given().baseUri(simulator.toString()).contentType(ContentType.JSON).body("{\"status\":\"gone\"}")
                .put("/admin/assets/IWM").then().statusCode(422)
                .body("message", equalTo("status must be active or inactive, got gone"));
    }

    @Test
    void aWatchlistKeepsItsSymbolsInOrderThroughUpdatesAdditionsAndRemovals() throws Exception {
        Watchlist created = alpaca.watchlist().create("Tech", "MSFT", "aapl");
        assertThat(created.getName()).isEqualTo("Tech");
        assertThat(created.getAccountId()).isEqualTo(alpaca.account().get().getId());
        assertThat(created.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2024-03-05T15:00:00Z"));
        assertThat(created.getAssets()).extracting(Asset::getSymbol).containsExactly("MSFT", "AAPL");
        assertThat(created.getAssets().get(1).getId()).isEqualTo(MarketData.assetId("AAPL"));

        assertThat(alpaca.watchlist().addAsset(created.getId(), "NVDA").getAssets()).extracting(Asset::getSymbol)
                .containsExactly("MSFT", "AAPL", "NVDA");
        assertThat(alpaca.watchlist().removeSymbol(created.getId(), "AAPL").getAssets())
                .extracting(Asset::getSymbol).containsExactly("MSFT", "NVDA");
        Watchlist renamed = alpaca.watchlist().update(created.getId(), "Chips", "NVDA", "TSLA");
        assertThat(renamed.getName()).isEqualTo("Chips");
        assertThat(renamed.getAssets()).extracting(Asset::getSymbol).containsExactly("NVDA", "TSLA");
        assertThat(alpaca.watchlist().get(created.getId()).getAssets()).extracting(Asset::getSymbol)
                .containsExactly("NVDA", "TSLA");

        List<Watchlist> all = alpaca.watchlist().get();
        assertThat(all).extracting(Watchlist::getName).containsExactly("Chips");
        assertThat(all.get(0).getAssets()).as("the list leaves the assets out, as Alpaca's does").isNull();

        alpaca.watchlist().delete(created.getId());
        assertThat(alpaca.watchlist().get()).isEmpty();
        expectRejection(() -> alpaca.watchlist().get(created.getId()), 404, 40410000,
                "watchlist not found: " + created.getId());
    }

    @Test
    void watchlistsAreAddressedByNameToo() throws Exception {
        String id = alpaca.watchlist().create("Core", "SPY").getId();

        byName().get("/v2/watchlists:by_name?name=Core").then().statusCode(200)
                .body("id", equalTo(id)).body("assets.symbol", contains("SPY"));
        byName().body("{\"symbol\":\"QQQ\"}").post("/v2/watchlists:by_name?name=Core").then().statusCode(200)
                .body("assets.symbol", contains("SPY", "QQQ"));
        byName().body("{\"name\":\"Index\",\"symbols\":[\"IWM\"]}").put("/v2/watchlists:by_name?name=Core").then()
                .statusCode(200).body("name", equalTo("Index")).body("assets.symbol", contains("IWM"));
        byName().delete("/v2/watchlists:by_name?name=Index").then().statusCode(204);
        byName().get("/v2/watchlists:by_name?name=Index").then().statusCode(404)
                .body("message", equalTo("watchlist not found: name Index"));
        assertThat(alpaca.watchlist().get()).isEmpty();
    }

    @Test
    void badWatchlistsAreRefusedNamingWhatIsWrong() throws Exception {
        expectRejection(() -> alpaca.watchlist().create("Bad", "SPY", "NOPE"), 422, 40010001,
                "asset not found for NOPE");
        alpaca.watchlist().create("Taken", "SPY");
        expectRejection(() -> alpaca.watchlist().create("Taken"), 422, 40010001,
                "watchlist name must be unique: Taken");
        String id = alpaca.watchlist().get().get(0).getId();
        expectRejection(() -> alpaca.watchlist().addAsset(id, "SPY"), 422, 40010001,
                "symbol SPY is already in the watchlist");
        GateAndFaultsTest.alpaca().body("{\"name\":\"" + "x".repeat(65) + "\"}").post("/v2/watchlists").then()
                .statusCode(422).body("message", equalTo("name must be at most 64 characters, got 65"));
        GateAndFaultsTest.alpaca().body("{\"name\":\"A\",\"tickers\":[]}").post("/v2/watchlists").then()
                .statusCode(422).body("message", equalTo("unknown field(s): tickers; expected name, symbols"));
    }

    @Test
    void aResetForgetsTheWatchlists() throws Exception {
        alpaca.watchlist().create("Gone", "SPY");
        freshAccount();
        assertThat(alpaca.watchlist().get()).isEmpty();
    }

    /** Clients send the colon as is; RestAssured would percent-encode it. */
    static io.restassured.specification.RequestSpecification byName() {
        return GateAndFaultsTest.alpaca().urlEncodingEnabled(false);
    }
}

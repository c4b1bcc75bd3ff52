package dev.tradeguard.brokersim.messaging;

import dev.tradeguard.brokersim.SimulatorAdmin;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.tradeguard.brokersim.messaging.MarketDataTestClient.control;
import static dev.tradeguard.brokersim.messaging.MarketDataTestClient.data;
import static dev.tradeguard.brokersim.messaging.MarketDataTestClient.error;
import static dev.tradeguard.brokersim.messaging.MarketDataTestClient.subscription;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Alpaca's real-time stock data protocol (market-data-streaming), spoken by a plain JDK websocket client. */
@QuarkusTest
class MarketDataSocketTest {

    @TestHTTPResource("/")
    URL simulator;

    final List<MarketDataTestClient> clients = new ArrayList<>();

    @BeforeEach
    void steppedClockAndNoSessions() {
        SimulatorAdmin.resetSteppedAt(simulator, SimulatorAdmin.TUESDAY_10AM);
        awaitSessions(0);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(MarketDataTestClient::close);
        awaitSessions(0);
    }

    MarketDataTestClient connect(String feed) {
        MarketDataTestClient client = MarketDataTestClient.connect(simulator, feed);
        clients.add(client);
        return client;
    }

    MarketDataTestClient authenticated(String feed) {
        MarketDataTestClient client = MarketDataTestClient.authenticated(simulator, feed);
        clients.add(client);
        return client;
    }

    /** An authenticated iex session once the simulator has answered its first subscribe. */
    MarketDataTestClient subscribed(String subscribe) {
        MarketDataTestClient client = authenticated("iex");
        client.send(subscribe);
        client.next(subscription());
        return client;
    }

    io.restassured.specification.RequestSpecification admin() {
        return SimulatorAdmin.admin(simulator);
    }

    void setPrice(String symbol, String price) {
        admin().body("{\"price\":\"" + price + "\"}").put("/admin/prices/" + symbol).then().statusCode(200);
    }

    void advanceClock(int seconds) {
        admin().body("{\"seconds\":" + seconds + "}").post("/admin/clock/advance").then().statusCode(200);
    }

    JsonPath marketDataState() {
        return admin().get("/admin/market-data").then().statusCode(200).extract().jsonPath();
    }

    void awaitSessions(int connected) {
        await().atMost(MarketDataTestClient.WAIT).until(() -> marketDataState().getInt("connected") == connected);
    }

    JsonPath latestTrade(String symbol) {
        return given().baseUri(simulator.toString())
                .header("APCA-API-KEY-ID", "TEST-KEY").header("APCA-API-SECRET-KEY", "TEST-SECRET")
                .get("/v2/stocks/" + symbol + "/trades/latest").then().statusCode(200).extract().jsonPath();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    @Test
    void aClientIsWelcomedThenAuthenticatedWithTheSimulatorsKeyPair() {
        MarketDataTestClient client = connect("iex");

        assertThat(client.next(node -> true)).isEqualTo(MarketDataTestClient.JSON.createArrayNode()
                .addObject().put("T", "success").put("msg", "connected"));
        client.send("{\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"TEST-SECRET\"}");
        client.next(control("success", "authenticated"));

        assertThat(client.rawTextFrames.get(0)).isEqualTo("[{\"T\":\"success\",\"msg\":\"connected\"}]");
        assertThat(client.rawTextFrames.get(1)).isEqualTo("[{\"T\":\"success\",\"msg\":\"authenticated\"}]");
        assertThat(client.binaryFrames).containsOnly(false);
        JsonPath state = marketDataState();
        assertThat(state.getInt("authenticated")).isEqualTo(1);
        assertThat(state.getString("sessions[0].feed")).isEqualTo("iex");
        assertThat(state.getString("sessions[0].encoding")).isEqualTo("json");
    }

    @Test
    void aWrongSecretIsAnsweredAuthFailed402() {
        MarketDataTestClient client = connect("sip");
        client.send("{\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"WRONG\"}");

        JsonNode failure = client.next(error(402));

        assertThat(failure.path("msg").asText()).isEqualTo("auth failed");
        assertThat(marketDataState().getInt("authenticated")).isZero();
    }

    /** A message the session is not ready for is answered with Alpaca's code and message. */
    @ParameterizedTest(name = "{3} {2} (authenticated: {0})")
    @CsvSource(delimiter = '|', value = {
            "false | {\"action\":\"subscribe\",\"trades\":[\"AAPL\"]} | 401 | not authenticated",
            "true | {\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"TEST-SECRET\"} | 403 | already authenticated",
            "true | {\"action\":\"subscribe\"} | 400 | invalid syntax"})
    void aMessageOutOfTurnIsAnsweredWithItsError(boolean authenticated, String message, int code, String answer) {
        MarketDataTestClient client = authenticated ? authenticated("iex") : connect("iex");
        client.send(message);

        assertThat(client.next(error(code)).path("msg").asText()).isEqualTo(answer);
    }

    @Test
    void malformedMessagesAreAnsweredInvalidSyntax400AndTheSessionGoesOn() {
        MarketDataTestClient client = authenticated("iex");

        for (String bad : List.of("not json", "[1,2]", "{\"action\":\"dance\"}", "{\"trades\":[\"AAPL\"]}",
                "{\"action\":\"subscribe\",\"trades\":\"AAPL\"}", "{\"action\":\"subscribe\",\"quotes\":[1]}")) {
            client.send(bad);
            assertThat(client.next(error(400)).path("msg").asText()).as(bad).isEqualTo("invalid syntax");
        }
        client.send("{\"action\":\"subscribe\",\"trades\":[\"AAPL\"]}");
        assertThat(client.next(subscription()).path("trades")).hasSize(1);
    }

    @Test
    void subscribingPastTheSymbolLimitIs405AndLeavesTheSubscriptionsAsTheyWere() {
        MarketDataTestClient client = authenticated("iex");
        String twenty = IntStream.range(0, 20).mapToObj(i -> "\"S" + i + "\"").collect(Collectors.joining(","));
        String eleven = IntStream.range(0, 11).mapToObj(i -> "\"Q" + i + "\"").collect(Collectors.joining(","));
        client.send("{\"action\":\"subscribe\",\"trades\":[" + twenty + "]}");
        client.next(subscription());

        client.send("{\"action\":\"subscribe\",\"quotes\":[" + eleven + "],\"bars\":[\"SPY\"]}");
        assertThat(client.next(error(405)).path("msg").asText()).isEqualTo("symbol limit exceeded");

        client.send("{\"action\":\"subscribe\",\"bars\":[\"AAPL\"]}");
        JsonNode unchanged = client.next(subscription());
        assertThat(unchanged.path("trades")).hasSize(20);
        assertThat(unchanged.path("quotes")).isEmpty();
        assertThat(unchanged.path("bars")).extracting(JsonNode::asText).containsExactly("AAPL");
    }

    @Test
    void theSipFeedHasNoSymbolLimit() {
        MarketDataTestClient client = authenticated("sip");
        String many = IntStream.range(0, 40).mapToObj(i -> "\"S" + i + "\"").collect(Collectors.joining(","));
        client.send("{\"action\":\"subscribe\",\"trades\":[" + many + "],\"quotes\":[" + many + "]}");

        assertThat(client.next(subscription()).path("quotes")).hasSize(40);
    }

    @Test
    void aSecondAuthenticatedSessionIsRefusedConnectionLimitExceeded406() {
        authenticated("iex");
        MarketDataTestClient second = connect("sip");
        second.send("{\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"TEST-SECRET\"}");

        assertThat(second.next(error(406)).path("msg").asText()).isEqualTo("connection limit exceeded");
        second.awaitClosed();
        assertThat(marketDataState().getInt("authenticated")).isEqualTo(1);
    }

    @Test
    void aSessionThatDoesNotAuthenticateInTimeGetsAuthTimeout404AndIsClosed() {
        MarketDataTestClient client = connect("iex");

        assertThat(client.next(error(404)).path("msg").asText()).isEqualTo("auth timeout");
        client.awaitClosed();
    }

    @Test
    void aFeedTheSimulatorDoesNotServeIsRefusedAtAuthenticationWith409() {
        MarketDataTestClient client = connect("otc");
        client.next(control("success", "connected"));
        client.send("{\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"TEST-SECRET\"}");

        assertThat(client.next(error(409)).path("msg").asText()).isEqualTo("insufficient subscription");
        client.awaitClosed();
    }

    @Test
    void subscribeAndUnsubscribeAreAnsweredWithTheWholeSubscription() {
        MarketDataTestClient client = authenticated("iex");
        client.send("{\"action\":\"subscribe\",\"trades\":[\"AAPL\"],\"quotes\":[\"AMD\",\"CLDR\"],\"bars\":[\"*\"]}");
        JsonNode subscribed = client.next(subscription());
        assertThat(subscribed.toString()).isEqualTo(
                "{\"T\":\"subscription\",\"trades\":[\"AAPL\"],\"quotes\":[\"AMD\",\"CLDR\"],\"bars\":[\"*\"]}");

        client.send("{\"action\":\"unsubscribe\",\"bars\":[\"*\"]}");
        assertThat(client.next(subscription()).toString()).isEqualTo(
                "{\"T\":\"subscription\",\"trades\":[\"AAPL\"],\"quotes\":[\"AMD\",\"CLDR\"],\"bars\":[]}");
        assertThat(marketDataState().getList("sessions[0].quotes", String.class)).containsExactly("AMD", "CLDR");
    }

    @Test
    void afterUnsubscribingNoMoreTradesArriveForThatSymbol() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"trades\":[\"AAPL\",\"MSFT\"]}");
        setPrice("AAPL", "191.00");
        client.next(data("t", "AAPL"));

        client.send("{\"action\":\"unsubscribe\",\"trades\":[\"AAPL\"]}");
        assertThat(client.next(subscription()).path("trades")).extracting(JsonNode::asText).containsExactly("MSFT");
        int afterUnsubscribe = client.received.size();
        setPrice("AAPL", "192.00");
        setPrice("MSFT", "411.00");

        // Frames on one connection arrive in order: the MSFT trade fences off any AAPL trade sent before it.
        client.next(data("t", "MSFT"));
        assertThat(client.since(afterUnsubscribe, data("t", "AAPL"))).isEmpty();
    }

    @Test
    void aPriceSetThroughTheAdminApiArrivesAsATradeWithThatExactPrice() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"trades\":[\"AAPL\"]}");

        setPrice("AAPL", "187.4321");

        JsonNode trade = client.next(data("t", "AAPL"));
        assertThat(decimal(trade, "p")).isEqualByComparingTo("187.4321");
        assertThat(client.rawTextFrames).anyMatch(frame -> frame.contains("\"p\":187.4321,"));
        assertThat(trade.path("t").asText()).isEqualTo("2024-03-05T15:00:00Z");
        assertThat(trade.path("x").asText()).isEqualTo("V");
        assertThat(trade.path("s").asLong()).isEqualTo(100);
        assertThat(trade.path("z").asText()).isEqualTo("C");
        assertThat(trade.path("c")).isNotEmpty();
        JsonPath latest = latestTrade("AAPL");
        assertThat(latest.getString("trade.t")).isEqualTo(trade.path("t").asText());
        assertThat(new BigDecimal(latest.getString("trade.p"))).isEqualByComparingTo(decimal(trade, "p"));
        assertThat(latest.getLong("trade.i")).isEqualTo(trade.path("i").asLong());
    }

    @Test
    void advancingTheClockStreamsEachMinuteBarAndATradeAtItsClose() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"trades\":[\"SPY\"],\"bars\":[\"SPY\"]}");

        advanceClock(120);

        JsonNode first = client.next(data("b", "SPY"));
        JsonNode firstClose = client.next(data("t", "SPY"));
        JsonNode second = client.next(data("b", "SPY"));
        JsonNode secondClose = client.next(data("t", "SPY"));
        assertThat(first.path("t").asText()).isEqualTo("2024-03-05T15:00:00Z");
        assertThat(second.path("t").asText()).isEqualTo("2024-03-05T15:01:00Z");
        assertThat(decimal(firstClose, "p")).isEqualByComparingTo(decimal(first, "c"));
        assertThat(firstClose.path("t").asText()).isEqualTo("2024-03-05T15:01:00Z");
        assertThat(decimal(secondClose, "p")).isEqualByComparingTo(decimal(second, "c"));
        for (String field : List.of("o", "h", "l", "c", "v")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonPath latest = latestTrade("SPY");
        assertThat(new BigDecimal(latest.getString("trade.p"))).isEqualByComparingTo(decimal(secondClose, "p"));
        assertThat(latest.getString("trade.t")).isEqualTo(secondClose.path("t").asText());
    }

    @Test
    void aBarSubscriptionToEverySymbolGetsEverySymbolsBars() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"bars\":[\"*\"]}");

        advanceClock(60);

        client.next(data("b", "AAPL"));
        client.next(data("b", "TSLA"));
        assertThat(client.since(0, node -> "t".equals(node.path("T").asText()))).isEmpty();
    }

    @Test
    void quoteSubscribersGetAHeartbeatQuoteAroundTheLastPriceWithoutAnyPriceChange() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"quotes\":[\"MSFT\"]}");
        BigDecimal last = new BigDecimal(latestTrade("MSFT").getString("trade.p"));

        JsonNode first = client.next(data("q", "MSFT"));
        JsonNode second = client.next(data("q", "MSFT"));

        for (JsonNode quote : List.of(first, second)) {
            assertThat(decimal(quote, "bp")).isLessThan(decimal(quote, "ap"));
            assertThat(decimal(quote, "bp").add(decimal(quote, "ap")).divide(BigDecimal.valueOf(2)))
                    .isEqualByComparingTo(last);
            for (String field : List.of("bx", "bs", "ax", "as", "t", "c", "z")) {
                assertThat(quote.has(field)).as(field).isTrue();
            }
        }
    }

    @Test
    void aPriceChangeAlsoSendsAQuoteAroundTheNewPrice() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"quotes\":[\"NVDA\"]}");

        setPrice("NVDA", "850.50");

        JsonNode quote = client.next(node -> data("q", "NVDA").test(node)
                && decimal(node, "bp").compareTo(new BigDecimal("850.50")) < 0
                && decimal(node, "ap").compareTo(new BigDecimal("850.50")) > 0
                && decimal(node, "ap").subtract(decimal(node, "bp")).compareTo(BigDecimal.ONE) < 0);
        assertThat(decimal(quote, "bp").add(decimal(quote, "ap"))).isEqualByComparingTo("1701.00");
    }

    @Test
    void pausedMarketDataSendsNothingButKeepsTheSessionAndResumeStreamsAgain() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"trades\":[\"AAPL\"]}");

        assertThat(admin().post("/admin/market-data/pause").then().statusCode(200).extract().jsonPath()
                .getBoolean("paused")).isTrue();
        int afterPause = client.received.size();
        setPrice("AAPL", "150.00");
        client.send("{\"action\":\"subscribe\",\"bars\":[\"AAPL\"]}");
        client.next(subscription());
        assertThat(client.since(afterPause, data("t", "AAPL"))).isEmpty();
        assertThat(marketDataState().getBoolean("paused")).isTrue();

        admin().post("/admin/market-data/resume").then().statusCode(200);
        setPrice("AAPL", "151.00");

        assertThat(decimal(client.next(data("t", "AAPL")), "p")).isEqualByComparingTo("151.00");
        assertThat(marketDataState().getBoolean("paused")).isFalse();
        assertThat(client.closeCode).isNull();
    }

    @Test
    void theFaultPlanCanPauseMarketDataAndClearingItResumes() {
        String paused = admin().body("{\"market_data_paused\":true}").put("/admin/faults").then().statusCode(200)
                .extract().jsonPath().getString("market_data_paused");
        assertThat(paused).isEqualTo("true");
        assertThat(marketDataState().getBoolean("paused")).isTrue();

        admin().delete("/admin/faults").then().statusCode(200);
        assertThat(marketDataState().getBoolean("paused")).isFalse();
    }

    @Test
    void droppingClosesEveryMarketDataConnection() {
        MarketDataTestClient first = authenticated("iex");
        MarketDataTestClient second = connect("sip");
        second.next(control("success", "connected"));
        awaitSessions(2);

        int dropped = admin().post("/admin/market-data/drop").then().statusCode(200).extract().jsonPath()
                .getInt("dropped");

        assertThat(dropped).isEqualTo(2);
        first.awaitClosed();
        second.awaitClosed();
        assertThat(first.closeCode).isEqualTo(1001);
        assertThat(marketDataState().getInt("connected")).isZero();
    }

    @Test
    void theAdminStateListsEachSessionsSubscriptions() {
        MarketDataTestClient client = subscribed("{\"action\":\"subscribe\",\"trades\":[\"aapl\"],\"bars\":[\"SPY\"]}");

        JsonPath state = marketDataState();

        assertThat(state.getInt("connected")).isEqualTo(1);
        assertThat(state.getInt("authenticated")).isEqualTo(1);
        assertThat(state.getList("sessions[0].trades", String.class)).containsExactly("AAPL");
        assertThat(state.getList("sessions[0].bars", String.class)).containsExactly("SPY");
        assertThat(state.getList("sessions[0].quotes", String.class)).isEmpty();
    }

    @Test
    void aClientAskingForMessagePackGetsBinaryMessagePackFrames() {
        MarketDataTestClient client = MarketDataTestClient.connect(simulator, "iex", true);
        clients.add(client);
        client.next(control("success", "connected"));
        client.send("{\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"TEST-SECRET\"}");
        client.next(control("success", "authenticated"));
        client.send("{\"action\":\"subscribe\",\"trades\":[\"AAPL\"]}");
        client.next(subscription());

        setPrice("AAPL", "187.25");

        JsonNode trade = client.next(data("t", "AAPL"));
        assertThat(trade.path("p").doubleValue()).isEqualTo(187.25);
        assertThat(client.binaryFrames).containsOnly(true);
        assertThat(marketDataState().getString("sessions[0].encoding")).isEqualTo("msgpack");
    }
}

package dev.tradeguard.brokersim.messaging;

import dev.tradeguard.brokersim.AlpacaClients;
import dev.tradeguard.brokersim.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.jacobpeterson.alpaca.AlpacaAPI;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.MarketDataMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.bar.BarMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.enums.MarketDataMessageType;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.quote.QuoteMessage;
import net.jacobpeterson.alpaca.model.endpoint.marketdata.common.realtime.trade.TradeMessage;
import net.jacobpeterson.alpaca.websocket.marketdata.MarketDataWebsocketInterface;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * alpaca-java's own stock market-data websocket client (9.2.0), unchanged but for an OkHttp interceptor that sends its
 * connection for stream.data.alpaca.markets to the simulator.
 */
@QuarkusTest
class AlpacaMarketDataClientTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL simulator;

    MarketDataWebsocketInterface stream;
    final List<MarketDataMessage> messages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connectTheAlpacaClient() {
        SimulatorAdmin.resetSteppedAt(simulator, SimulatorAdmin.TUESDAY_10AM);
        await().atMost(WAIT).until(() -> given().baseUri(simulator.toString()).get("/admin/market-data")
                .jsonPath().getInt("connected") == 0);
        AlpacaAPI alpaca = AlpacaClients.pointedAt(simulator);
        stream = alpaca.stockMarketDataStreaming();
        stream.setListener((type, message) -> messages.add(message));
        stream.connect();
        assertThat(stream.waitForAuthorization(10, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void disconnect() {
        if (stream.isConnected()) {
            stream.disconnect();
        }
    }

    @Test
    void alpacasClientSubscribesAndReceivesATradeSetThroughTheAdminApiWithItsExactPrice() {
        stream.subscribe(List.of("AAPL"), List.of("AAPL"), List.of("AAPL"));
        await().atMost(WAIT).until(() -> stream.subscribedTrades().contains("AAPL")
                && stream.subscribedQuotes().contains("AAPL") && stream.subscribedBars().contains("AAPL"));
        assertThat(given().baseUri(simulator.toString()).get("/admin/market-data").jsonPath()
                .getList("sessions[0].trades", String.class)).containsExactly("AAPL");

        given().baseUri(simulator.toString()).contentType(ContentType.JSON).body("{\"price\":\"187.43\"}")
                .put("/admin/prices/AAPL").then().statusCode(200);

        TradeMessage trade = await().atMost(WAIT).until(() -> messages.stream()
                .filter(m -> m instanceof TradeMessage).map(m -> (TradeMessage) m)
                .filter(t -> Double.valueOf(187.43).equals(t.getPrice())).findFirst().orElse(null), t -> t != null);
        assertThat(trade.getMessageType()).isEqualTo(MarketDataMessageType.TRADE);
        assertThat(trade.getSymbol()).isEqualTo("AAPL");
        assertThat(trade.getTimestamp().toInstant()).hasToString("2024-03-05T15:00:00Z");
        await().atMost(WAIT).until(() -> messages.stream().anyMatch(m -> m instanceof QuoteMessage q
                && q.getBidPrice() < 187.43 && q.getAskPrice() > 187.43));
    }

    @Test
    void alpacasClientReceivesMinuteBarsAsTheClockPasses() {
        stream.subscribe(List.of(), List.of(), List.of("SPY"));
        await().atMost(WAIT).until(() -> stream.subscribedBars().contains("SPY"));

        given().baseUri(simulator.toString()).contentType(ContentType.JSON).body("{\"seconds\":60}")
                .post("/admin/clock/advance").then().statusCode(200);

        BarMessage bar = await().atMost(WAIT).until(() -> messages.stream().filter(m -> m instanceof BarMessage)
                .map(m -> (BarMessage) m).findFirst().orElse(null), b -> b != null);
        assertThat(bar.getSymbol()).isEqualTo("SPY");
        assertThat(bar.getTimestamp().toInstant()).hasToString("2024-03-05T15:00:00Z");
        assertThat(bar.getHigh()).isGreaterThanOrEqualTo(bar.getLow());
    }
}

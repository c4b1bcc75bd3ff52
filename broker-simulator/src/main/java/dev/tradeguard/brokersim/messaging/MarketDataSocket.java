package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;

import java.io.IOException;

/**
 * Alpaca's real-time stock data stream, {@code /v2/{feed}} (see {@link MarketDataHub} for what is sent and
 * {@code SimulatorConfig.MarketDataStream} for the limits). Any feed name connects; one the simulator does not serve
 * is refused at authentication with 409, as Alpaca refuses a feed outside the plan.
 */
@WebSocket(path = "/v2/{feed}")
public class MarketDataSocket {

    private final MarketDataHub hub;
    private final ObjectMapper mapper;

    public MarketDataSocket(MarketDataHub hub, ObjectMapper mapper) {
        this.hub = hub;
        this.mapper = mapper;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        hub.open(connection, connection.pathParam("feed"),
                MarketDataEncoding.forContentType(connection.handshakeRequest().header("Content-Type")));
    }

    @OnClose
    void close(WebSocketConnection connection) {
        hub.close(connection);
    }

    @OnTextMessage
    void text(String message, WebSocketConnection connection) {
        receive(connection, session -> mapper.readTree(message));
    }

    @OnBinaryMessage
    void binary(Buffer message, WebSocketConnection connection) {
        receive(connection, session -> session.encoding.readBinary(message.getBytes(), mapper));
    }

    private interface Reader {
        JsonNode read(MarketDataSession session) throws IOException;
    }

    /** Bad input never escapes: unreadable frames are 400, anything unexpected while handling one is 500. */
    private void receive(WebSocketConnection connection, Reader reader) {
        MarketDataSession session = hub.session(connection);
        if (session == null) {
            return;
        }
        JsonNode parsed;
        try {
            parsed = reader.read(session);
        } catch (IOException | RuntimeException e) {
            hub.invalidSyntax(session);
            return;
        }
        handle(session, parsed);
    }

    private void handle(MarketDataSession session, JsonNode message) {
        try {
            hub.handle(session, message);
        } catch (RuntimeException e) {
            hub.internalError(session, e);
        }
    }
}

package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradeguard.brokersim.config.SimulatorConfig;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Alpaca's /stream: {@code authenticate} with the API key pair, then {@code listen} to {@code trade_updates}.
 * Accepts text or binary JSON frames from clients; answers in binary frames.
 */
@WebSocket(path = "/stream")
public class TradeUpdatesSocket {

    static final String TRADE_UPDATES = "trade_updates";

    private final StreamHub hub;
    private final SimulatorConfig config;
    private final ObjectMapper mapper;

    public TradeUpdatesSocket(StreamHub hub, SimulatorConfig config, ObjectMapper mapper) {
        this.hub = hub;
        this.config = config;
        this.mapper = mapper;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        hub.open(connection);
    }

    @OnClose
    void close(WebSocketConnection connection) {
        hub.close(connection);
    }

    @OnTextMessage
    void text(String message, WebSocketConnection connection) {
        handle(message, connection);
    }

    @OnBinaryMessage
    void binary(Buffer message, WebSocketConnection connection) {
        handle(message.toString(StandardCharsets.UTF_8), connection);
    }

    private void handle(String raw, WebSocketConnection connection) {
        StreamHub.Session session = hub.session(connection);
        JsonNode message;
        try {
            message = mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            StreamHub.send(session, error("invalid syntax"));
            return;
        }
        String action = message == null ? "" : message.path("action").asText("");
        JsonNode data = message == null ? null : message.path("data");
        switch (action) {
            case "authenticate", "auth" -> authenticate(session, data);
            case "listen" -> listen(session, data);
            default -> StreamHub.send(session, error("invalid action: " + action));
        }
    }

    private void authenticate(StreamHub.Session session, JsonNode data) {
        String key = data.path("key_id").asText(null);
        String secret = data.path("secret_key").asText(null);
        session.authenticated = keyPairMatches(config, key, secret);
        StreamHub.send(session, authorization(session.authenticated ? "authorized" : "unauthorized", "authenticate"));
    }

    private void listen(StreamHub.Session session, JsonNode data) {
        if (!session.authenticated) {
            StreamHub.send(session, authorization("unauthorized", "listen"));
            return;
        }
        boolean wantsTradeUpdates = false;
        for (JsonNode stream : data.path("streams")) {
            wantsTradeUpdates |= TRADE_UPDATES.equals(stream.asText());
        }
        session.listening = wantsTradeUpdates;
        ObjectNode ack = JsonNodeFactory.instance.objectNode();
        var streams = ack.putArray("streams");
        if (wantsTradeUpdates) {
            streams.add(TRADE_UPDATES);
        }
        StreamHub.send(session, StreamHub.message("listening", ack));
    }

    private static ObjectNode authorization(String status, String action) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("status", status);
        data.put("action", action);
        return StreamHub.message("authorization", data);
    }

    private static ObjectNode error(String text) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("error_message", text);
        return StreamHub.message("listening", data);
    }

    /** The simulator's key pair, compared in constant time; shared by both websockets. */
    static boolean keyPairMatches(SimulatorConfig config, String key, String secret) {
        return equal(key, config.keyId()) && equal(secret, config.secretKey());
    }

    private static boolean equal(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}

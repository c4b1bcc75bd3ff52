package dev.tradeguard.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A second listener on the broker simulator's {@code /stream} (Alpaca's trade_updates), beside execution-service's:
 * the instant each trade update left the simulator, as seen here. The simulator publishes an update from inside the
 * call that caused it, so the first {@code canceled} after a halt is when the cancel-all reached the simulator (plus
 * one loopback websocket frame). It changes nothing in the simulator: one more listening session.
 */
final class TradeUpdateTap implements WebSocket.Listener, AutoCloseable {
    record Update(long atMicros, String event, String orderId, String clientOrderId, String symbol) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> listening = new CompletableFuture<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final String keyId;
    private final String secretKey;
    private WebSocket socket;

    private TradeUpdateTap(String keyId, String secretKey) {
        this.keyId = keyId;
        this.secretKey = secretKey;
    }

    static TradeUpdateTap connect(String simulatorBaseUrl, String keyId, String secretKey) {
        TradeUpdateTap tap = new TradeUpdateTap(keyId, secretKey);
        URI uri = URI.create(simulatorBaseUrl.replaceFirst("^http", "ws") + "/stream");
        try {
            tap.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, tap).get(30, TimeUnit.SECONDS);
            tap.listening.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen to the simulator's trade updates at " + uri, e);
        }
        return tap;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.sendText("{\"action\":\"auth\",\"data\":{\"key_id\":\"" + keyId + "\",\"secret_key\":\"" + secretKey
                + "\"}}", true);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partial.writeBytes(bytes);
        if (last) {
            handle(webSocket, partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.writeBytes(data.toString().getBytes(StandardCharsets.UTF_8));
        if (last) {
            handle(webSocket, partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
        webSocket.request(1);
        return null;
    }

    private void handle(WebSocket webSocket, String frame) {
        long at = Timing.nowMicros();
        JsonNode message;
        try {
            message = JSON.readTree(frame);
        } catch (Exception e) {
            return;
        }
        String stream = message.path("stream").asText();
        JsonNode data = message.path("data");
        if ("authorization".equals(stream)) {
            if ("authorized".equals(data.path("status").asText())) {
                webSocket.sendText("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}", true);
            } else {
                listening.completeExceptionally(new IllegalStateException("simulator refused the stream: " + frame));
            }
        } else if ("listening".equals(stream)) {
            listening.complete(null);
        } else if ("trade_updates".equals(stream)) {
            JsonNode order = data.path("order");
            updates.add(new Update(at, data.path("event").asText(), order.path("id").asText(),
                    order.path("client_order_id").asText(), order.path("symbol").asText()));
        }
    }

    /** Every trade update received so far, oldest first. */
    List<Update> updates() {
        return List.copyOf(updates);
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}

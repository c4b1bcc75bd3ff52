package dev.tradeguard.brokersim.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.msgpack.jackson.dataformat.MessagePackFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A plain JDK websocket client for the market-data stream: records every data point and control message it receives
 * (arrays unpacked, in arrival order) and how the server closed. Prices are read as BigDecimal, so a test sees the exact
 * decimal text the simulator wrote.
 */
final class MarketDataTestClient implements WebSocket.Listener, AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final ObjectMapper MSGPACK = new ObjectMapper(new MessagePackFactory());
    static final Duration WAIT = Duration.ofSeconds(10);

    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final List<String> rawTextFrames = new CopyOnWriteArrayList<>();
    final List<Boolean> binaryFrames = new CopyOnWriteArrayList<>();
    volatile Integer closeCode;
    private final boolean msgpack;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private WebSocket socket;
    private int consumed;

    private MarketDataTestClient(boolean msgpack) {
        this.msgpack = msgpack;
    }

    static MarketDataTestClient connect(URL simulator, String feed) {
        return connect(simulator, feed, false);
    }

    static MarketDataTestClient connect(URL simulator, String feed, boolean msgpack) {
        MarketDataTestClient client = new MarketDataTestClient(msgpack);
        URI uri = URI.create("ws://" + simulator.getHost() + ":" + simulator.getPort() + "/v2/" + feed);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (msgpack) {
            builder.header("Content-Type", "application/msgpack");
        }
        client.socket = builder.buildAsync(uri, client).orTimeout(10, TimeUnit.SECONDS).join();
        return client;
    }

    /** Connects, waits for the welcome and authenticates with the test key pair. */
    static MarketDataTestClient authenticated(URL simulator, String feed) {
        MarketDataTestClient client = connect(simulator, feed);
        client.next(control("success", "connected"));
        client.send("{\"action\":\"auth\",\"key\":\"TEST-KEY\",\"secret\":\"TEST-SECRET\"}");
        client.next(control("success", "authenticated"));
        return client;
    }

    void send(String message) {
        if (msgpack) {
            try {
                socket.sendBinary(ByteBuffer.wrap(MSGPACK.writeValueAsBytes(JSON.readTree(message))), true).join();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            socket.sendText(message, true).join();
        }
    }

    /** The first message after the last one returned that matches, waiting for it; later calls go on from there. */
    synchronized JsonNode next(Predicate<JsonNode> wanted) {
        int[] found = {-1};
        await().atMost(WAIT).until(() -> {
            for (int i = consumed; i < received.size(); i++) {
                if (wanted.test(received.get(i))) {
                    found[0] = i;
                    return true;
                }
            }
            return false;
        });
        consumed = found[0] + 1;
        return received.get(found[0]);
    }

    /** Messages received so far, from index {@code from} on, that match. */
    List<JsonNode> since(int from, Predicate<JsonNode> wanted) {
        return received.subList(Math.min(from, received.size()), received.size()).stream().filter(wanted).toList();
    }

    void awaitClosed() {
        await().atMost(WAIT).until(() -> closeCode != null);
    }

    static Predicate<JsonNode> control(String type, String message) {
        return node -> type.equals(node.path("T").asText()) && message.equals(node.path("msg").asText());
    }

    static Predicate<JsonNode> error(int code) {
        return node -> "error".equals(node.path("T").asText()) && node.path("code").asInt() == code;
    }

    static Predicate<JsonNode> subscription() {
        return node -> "subscription".equals(node.path("T").asText());
    }

    static Predicate<JsonNode> data(String type, String symbol) {
        return node -> type.equals(node.path("T").asText()) && symbol.equals(node.path("S").asText());
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            String frame = text.toString();
            text.setLength(0);
            rawTextFrames.add(frame);
            record(false, () -> JSON.readTree(frame));
        }
        return requestNextFrame(webSocket);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binary.writeBytes(chunk);
        if (last) {
            byte[] frame = binary.toByteArray();
            binary.reset();
            record(true, () -> MSGPACK.readTree(frame));
        }
        return requestNextFrame(webSocket);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (closeCode == null) {
            closeCode = -1;
        }
    }

    private interface Parse {
        JsonNode parse() throws IOException;
    }

    /** A whole frame received: which kind it was, and each message it holds. */
    private void record(boolean binaryFrame, Parse parse) {
        binaryFrames.add(binaryFrame);
        try {
            parse.parse().forEach(received::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompletionStage<?> requestNextFrame(WebSocket webSocket) {
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        if (closeCode == null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        socket.abort();
    }
}

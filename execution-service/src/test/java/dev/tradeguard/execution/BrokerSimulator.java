package dev.tradeguard.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.JsonHttp.Reply;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The broker simulator (module broker-simulator) as a separate process, speaking Alpaca's API on a free port, with a
 * stepped clock on a Tuesday at 10:00 New York (market open). execution-service reaches it through its base URL
 * override. Its admin API is wrapped here for tests: reset, prices, faults, the order request log, stream drops.
 */
public class BrokerSimulator implements QuarkusTestResourceLifecycleManager {
    public static final String KEY_ID = "TG-TEST-KEY-7f3a";
    public static final String SECRET_KEY = "TG-TEST-SECRET-9c1e5b";
    public static final String ACCOUNT = "PA-TEST";
    public static final String START = "2024-03-05T15:00:00Z";
    private static final JsonHttp ANONYMOUS = JsonHttp.anonymous();

    private static Process process;
    private static String baseUrl;

    @Override
    public Map<String, String> start() {
        Path jar = Path.of("..", "broker-simulator", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("broker simulator not built: " + jar + " is missing; run"
                    + " ./mvnw -B package -DskipTests -pl broker-simulator");
        }
        int port = freePort();
        baseUrl = "http://127.0.0.1:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dbroker-simulator.key-id=" + KEY_ID, "-Dbroker-simulator.secret-key=" + SECRET_KEY,
                "-Dbroker-simulator.clock.start=" + START, "-Dbroker-simulator.clock.speed=0",
                "-Dbroker-simulator.requests-per-minute=100000", "-jar", jar.toString()));
        try {
            Path log = Path.of("target", "broker-simulator.log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the broker simulator", e);
        }
        awaitReady();
        return Map.of("tradeguard.execution.broker.base-url-override", baseUrl,
                "tradeguard.execution.alpaca.key-id", KEY_ID,
                "tradeguard.execution.alpaca.secret-key", SECRET_KEY,
                "tradeguard.execution.account-id", ACCOUNT);
    }

    private static void awaitReady() {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker simulator exited with " + process.exitValue()
                        + "; see target/broker-simulator.log");
            }
            try {
                if (ANONYMOUS.get(baseUrl + "/q/health/ready").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the broker simulator did not become ready in 90 s");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ admin API

    public static JsonNode admin(String method, String path, String body) {
        String url = baseUrl + path;
        Reply reply = switch (method) {
            case "GET" -> ANONYMOUS.get(url);
            case "POST" -> ANONYMOUS.post(url, body == null ? "" : body);
            case "PUT" -> ANONYMOUS.put(url, body);
            default -> throw new IllegalArgumentException("the admin API takes GET, POST or PUT, not " + method);
        };
        if (reply.status() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + reply.status() + ": " + reply.text());
        }
        return reply.body();
    }

    /** A fresh account, no orders, no faults, the clock back at {@link #START}, SPY at 500. */
    public static void reset() {
        admin("POST", "/admin/reset", "{\"start\":\"" + START + "\",\"speed\":0}");
        setPrice("SPY", "500.00");
    }

    public static void setPrice(String symbol, String price) {
        admin("PUT", "/admin/prices/" + symbol, "{\"price\":\"" + price + "\"}");
    }

    public static void faults(String json) {
        admin("PUT", "/admin/faults", json);
    }

    /** How many POST /v2/orders carried this client order id. */
    public static int orderRequests(String clientOrderId) {
        int count = 0;
        for (JsonNode entry : admin("GET", "/admin/order-requests", null)) {
            if (clientOrderId.equals(entry.path("client_order_id").asText())) {
                count++;
            }
        }
        return count;
    }

    /** Orders the broker holds with this client order id, whatever their status. */
    public static int ordersAtBroker(String clientOrderId) {
        int count = 0;
        for (JsonNode entry : admin("GET", "/admin/order-requests", null)) {
            if (clientOrderId.equals(entry.path("client_order_id").asText()) && !entry.path("order_id").isNull()
                    && !entry.path("order_id").asText().isEmpty()) {
                count++;
            }
        }
        return count;
    }

    public static int dropStream() {
        return admin("POST", "/admin/stream/drop", null).path("dropped").asInt();
    }

    /** GET /admin/market-data: whether it is paused and every session with its subscriptions. */
    public static JsonNode marketData() {
        return admin("GET", "/admin/market-data", null);
    }

    /** Whether an authenticated market-data session streams trades and quotes of {@code symbol}. */
    public static boolean streamsTradesAndQuotes(String symbol) {
        for (JsonNode session : marketData().path("sessions")) {
            if (session.path("authenticated").asBoolean() && contains(session.path("trades"), symbol)
                    && contains(session.path("quotes"), symbol)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any market-data session has {@code symbol} among its trade or quote subscriptions. */
    public static boolean streamsAny(String symbol) {
        for (JsonNode session : marketData().path("sessions")) {
            if (contains(session.path("trades"), symbol) || contains(session.path("quotes"), symbol)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    public static void pauseMarketData() {
        admin("POST", "/admin/market-data/pause", null);
    }

    public static void resumeMarketData() {
        admin("POST", "/admin/market-data/resume", null);
    }

    public static int dropMarketData() {
        return admin("POST", "/admin/market-data/drop", null).path("dropped").asInt();
    }

    /** GET /v2/account as the broker answers it (cash, equity, last_equity as decimal strings). */
    public static JsonNode account() {
        return JsonHttp.alpaca(KEY_ID, SECRET_KEY).get(baseUrl + "/v2/account").body();
    }

    public static int listeningClients() {
        return admin("GET", "/admin/stream", null).path("listening").asInt();
    }
}

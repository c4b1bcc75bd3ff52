package dev.tradeguard.testing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP endpoint standing in for Slack's and Discord's incoming webhooks: it answers as they do (Slack
 * {@code 200 ok}, Discord {@code 204}) and keeps every request it received, with the time it arrived.
 */
public final class FakeWebhook implements AutoCloseable {
    public record Received(String path, String body, Instant at) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeWebhook(HttpServer server) {
        this.server = server;
    }

    public static FakeWebhook start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeWebhook webhook = new FakeWebhook(server);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    webhook.received.add(new Received(exchange.getRequestURI().getPath(), body, Instant.now()));
                    if (exchange.getRequestURI().getPath().startsWith("/discord")) {
                        exchange.sendResponseHeaders(204, -1);
                    } else {
                        byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(200, ok.length);
                        exchange.getResponseBody().write(ok);
                    }
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "fake-webhook");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return webhook;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake webhook", e);
        }
    }

    /** Where alert-service posts Slack messages. */
    public String slackUrl() {
        return url("/slack/T000/B000/e2e");
    }

    /** Where alert-service posts Discord messages. */
    public String discordUrl() {
        return url("/discord/api/webhooks/1/e2e");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every request so far, oldest first. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests whose body contains {@code text}. */
    public List<Received> containing(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

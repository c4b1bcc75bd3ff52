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
 * {@code 200 ok}, Discord {@code 204}) and keeps every request it received, with the time it arrived. While
 * {@link #failNext(int)} has failures left it answers 503 instead and keeps the request among {@link #refused()}, not
 * among the received ones: an outage of the chat service.
 */
public final class FakeWebhook implements AutoCloseable {
    public record Received(String path, String body, Instant at) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Received> refused = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger failuresLeft = new java.util.concurrent.atomic.AtomicInteger();

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
                    Received request = new Received(exchange.getRequestURI().getPath(), body, Instant.now());
                    if (webhook.failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                        webhook.refused.add(request);
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    webhook.received.add(request);
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

    /** Answers the next {@code requests} requests 503 (an outage), then answers as before. */
    public void failNext(int requests) {
        failuresLeft.set(requests);
    }

    /** Requests answered 503 by {@link #failNext(int)}, oldest first. */
    public List<Received> refused() {
        return List.copyOf(refused);
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

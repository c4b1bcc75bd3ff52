package dev.tradeguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import dev.tradeguard.cli.client.Service;

/**
 * The five services as local HTTP servers answering what a test tells them (a real HTTP exchange, so the tool's client,
 * headers and error handling run as they do against the services), recording every request.
 */
final class FakeServices implements AutoCloseable {
    record Request(Service service, String method, String uri, String authorization, String body) {
    }

    record Answer(int status, String contentType, byte[] body) {
    }

    private final Map<Service, HttpServer> servers = new EnumMap<>(Service.class);
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> env = new HashMap<>();

    FakeServices(Path home) {
        env.put("HOME", home.toString());
        env.put("TRADEGUARD_TOKEN", "test-token");
        for (Service service : Service.values()) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", exchange -> {
                    String uri = exchange.getRequestURI().toString();
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    requests.add(new Request(service, exchange.getRequestMethod(), uri,
                            exchange.getRequestHeaders().getFirst("Authorization"), body));
                    Answer answer = answers.getOrDefault(key(service, exchange.getRequestMethod(), uri),
                            new Answer(404, "application/json",
                                    ("{\"status\":404,\"message\":\"no such thing: " + uri + "\"}")
                                            .getBytes(StandardCharsets.UTF_8)));
                    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
                    exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                    if (answer.body().length > 0) {
                        exchange.getResponseBody().write(answer.body());
                    }
                    exchange.close();
                });
                server.start();
                servers.put(service, server);
                env.put("TRADEGUARD_" + service.urlKey().replace(".url", "").toUpperCase() + "_URL",
                        "http://127.0.0.1:" + server.getAddress().getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String key(Service service, String method, String uri) {
        return service + " " + method + " " + uri;
    }

    FakeServices answer(Service service, String method, String uri, int status, String json) {
        answers.put(key(service, method, uri), new Answer(status, "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    FakeServices answerBytes(Service service, String uri, String contentType, byte[] body) {
        answers.put(key(service, "GET", uri), new Answer(200, contentType, body));
        return this;
    }

    /** Every service live and ready, with no checks. */
    FakeServices allHealthy() {
        for (Service service : Service.values()) {
            answer(service, "GET", "/q/health/live", 200, "{\"status\":\"UP\",\"checks\":[]}");
            answer(service, "GET", "/q/health/ready", 200, "{\"status\":\"UP\",\"checks\":[]}");
        }
        return this;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    List<Request> requests(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).toList();
    }

    String url(Service service) {
        return env.get("TRADEGUARD_" + service.urlKey().replace(".url", "").toUpperCase() + "_URL");
    }

    Map<String, String> env() {
        return env;
    }

    /** Points a service at a port where nothing listens: the service is "stopped". */
    FakeServices stopped(Service service) {
        try (ServerSocket socket = new ServerSocket(0)) {
            env.put("TRADEGUARD_" + service.urlKey().replace(".url", "").toUpperCase() + "_URL",
                    "http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TradeGuardCli.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Override
    public void close() {
        servers.values().forEach(server -> server.stop(0));
    }
}

package dev.tradeguard.platform.clock;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.sun.net.httpserver.HttpServer;

/** Answers {@code GET /admin/clock} the way the broker simulator does, with whatever a test sets. */
public final class FakeSimulatorClock implements AutoCloseable {
    private final HttpServer server;
    private volatile String answer;

    public FakeSimulatorClock(Instant now, double speed, long generation) throws IOException {
        set(now, speed, generation);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/admin/clock", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public void set(Instant now, double speed, long generation) {
        answer = "{\"now\":\"" + now + "\",\"speed\":" + speed + ",\"frozen\":" + (speed == 0) + ",\"generation\":"
                + generation + ",\"is_open\":true}";
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/admin/clock");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

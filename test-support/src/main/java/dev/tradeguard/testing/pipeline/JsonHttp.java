package dev.tradeguard.testing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** JSON over HTTP to a running service, with a bearer token or Alpaca key headers. */
public final class JsonHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: its status and body (a MissingNode when the body is empty or not JSON). */
    public record Reply(int status, JsonNode body, String text) {
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + text);
            }
            return this;
        }
    }

    private final String[] headers;

    private JsonHttp(String... headers) {
        this.headers = headers;
    }

    public static JsonHttp bearer(String token) {
        return new JsonHttp("Authorization", "Bearer " + token);
    }

    public static JsonHttp alpaca(String keyId, String secretKey) {
        return new JsonHttp("APCA-API-KEY-ID", keyId, "APCA-API-SECRET-KEY", secretKey);
    }

    public static JsonHttp anonymous() {
        return new JsonHttp();
    }

    public Reply get(String url) {
        return send(builder(url).GET());
    }

    public Reply post(String url, String json) {
        return send(builder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String url, String json) {
        return send(builder(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String url) {
        return send(builder(url).DELETE());
    }

    private HttpRequest.Builder builder(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}

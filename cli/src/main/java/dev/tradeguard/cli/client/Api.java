package dev.tradeguard.cli.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.config.Settings;

/**
 * The services' REST APIs, with the configured bearer token. Every failure becomes a {@link ServiceCallException}
 * naming the service, the request and what happened: no answer at all, or the service's own error message.
 */
public final class Api {
    /** Numbers stay BigDecimal exactly as sent (money is never a double). */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final Settings settings;
    private final Optional<String> token;
    private final HttpClient http;

    public Api(Settings settings) {
        this.settings = settings;
        this.token = settings.token();
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A raw answer: status and body, whatever the status. */
    public record Reply(int status, byte[] body, String contentType) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public URI url(Service service, String pathAndQuery) {
        return URI.create(settings.url(service) + pathAndQuery);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public boolean hasToken() {
        return token.isPresent();
    }

    /** GET a JSON document; a non-2xx answer is an error. */
    public JsonNode get(Service service, String pathAndQuery) {
        return json(service, "GET", pathAndQuery, expectOk(service, "GET", pathAndQuery,
                send(service, "GET", pathAndQuery, null, "application/json", settings.timeout())));
    }

    /** POST a JSON body (null: none) and read the JSON answer; a non-2xx answer is an error. */
    public JsonNode post(Service service, String pathAndQuery, ObjectNode body, Duration timeout) {
        return json(service, "POST", pathAndQuery, expectOk(service, "POST", pathAndQuery,
                send(service, "POST", pathAndQuery, body, "application/json", timeout)));
    }

    public JsonNode post(Service service, String pathAndQuery, ObjectNode body) {
        return post(service, pathAndQuery, body, settings.timeout());
    }

    /** PUT a JSON body and read the JSON answer; a non-2xx answer is an error. */
    public JsonNode put(Service service, String pathAndQuery, ObjectNode body) {
        return json(service, "PUT", pathAndQuery, expectOk(service, "PUT", pathAndQuery, send(service,
                url(service, pathAndQuery), "PUT", body.toString(), "application/json", "application/json",
                settings.timeout())));
    }

    /** POST a text body of the given type (a TODAYS_TRADES file as text/markdown) and read the JSON answer. */
    public JsonNode postText(Service service, String pathAndQuery, String contentType, String text) {
        return json(service, "POST", pathAndQuery, expectOk(service, "POST", pathAndQuery, send(service,
                url(service, pathAndQuery), "POST", text, contentType, "application/json", settings.timeout())));
    }

    /** GET whatever the answer is (404 included); only no answer at all is an error. */
    public Reply probe(Service service, String pathAndQuery) {
        return send(service, "GET", pathAndQuery, null, "application/json", settings.timeout());
    }

    /** GET bytes of any type; a non-2xx answer is an error. */
    public byte[] bytes(Service service, String pathAndQuery, String accept) {
        return expectOk(service, "GET", pathAndQuery, send(service, "GET", pathAndQuery, null, accept,
                settings.timeout())).body();
    }

    /**
     * GET from the service's management interface (health, metrics) without judging the status (health answers 503
     * with a body); only no answer at all is an error. With nothing configured, a service whose management port has
     * nothing listening is asked on its API port (quarkus:dev and builds without a management interface).
     */
    public Reply management(Service service, String path, String accept) {
        URI base = settings.managementUrl(service);
        try {
            return send(service, URI.create(base + path), "GET", null, accept, settings.timeout());
        } catch (ServiceCallException e) {
            if (e.unreachable() && settings.localDefaults(service)) {
                return send(service, url(service, path), "GET", null, accept, settings.timeout());
            }
            throw e;
        }
    }

    public URI managementUrl(Service service) {
        return settings.managementUrl(service);
    }

    private Reply send(Service service, String method, String pathAndQuery, ObjectNode body, String accept,
            Duration timeout) {
        return send(service, url(service, pathAndQuery), method, body, accept, timeout);
    }

    private Reply send(Service service, URI uri, String method, ObjectNode body, String accept, Duration timeout) {
        return send(service, uri, method, body == null ? null : body.toString(), "application/json", accept, timeout);
    }

    private Reply send(Service service, URI uri, String method, String body, String contentType, String accept,
            Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept);
        if (service == Service.SIMULATOR) {
            // Alpaca's key headers; the bearer token is TradeGuard's and never leaves for the broker's side.
            request.header("APCA-API-KEY-ID", settings.simulatorKeyId())
                    .header("APCA-API-SECRET-KEY", settings.simulatorSecretKey());
        } else {
            token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        switch (method) {
            case "POST" -> request.header("Content-Type", contentType).POST(publisher);
            case "PUT" -> request.header("Content-Type", contentType).PUT(publisher);
            default -> request.GET();
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (HttpConnectTimeoutException e) {
            throw noAnswer(service, method, uri, "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw noAnswer(service, method, uri, "no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw noAnswer(service, method, uri, "connection refused (is it running?)");
        } catch (IOException e) {
            throw noAnswer(service, method, uri, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw noAnswer(service, method, uri, "interrupted");
        }
    }

    private static ServiceCallException noAnswer(Service service, String method, URI uri, String what) {
        return new ServiceCallException(service, 0, service.serviceName() + " did not answer " + method + " " + uri
                + ": " + what);
    }

    private Reply expectOk(Service service, String method, String pathAndQuery, Reply reply) {
        if (reply.ok()) {
            return reply;
        }
        String detail = errorDetail(reply);
        String hint = switch (reply.status()) {
            case 401 -> " (no valid token: run 'tradeguard login' or set TRADEGUARD_TOKEN)";
            case 403 -> " (the token's roles do not allow this)";
            default -> "";
        };
        throw new ServiceCallException(service, reply.status(), service.serviceName() + " answered " + reply.status() + " to "
                + method + " " + url(service, pathAndQuery) + (detail.isEmpty() ? "" : ": " + detail) + hint);
    }

    /** The service's ErrorBody (message and each violation), or the start of whatever it sent. */
    static String errorDetail(Reply reply) {
        String text = reply.text().strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            JsonNode body = JSON.readTree(text);
            StringBuilder detail = new StringBuilder(body.path("message").asText(body.path("title").asText("")));
            for (JsonNode violation : body.path("violations")) {
                detail.append(detail.length() == 0 ? "" : "; ").append(violation.path("field").asText())
                        .append(' ').append(violation.path("message").asText());
            }
            if (detail.length() > 0) {
                return detail.toString();
            }
        } catch (JsonProcessingException notJson) {
            // fall through: show the text itself
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static JsonNode json(Service service, String method, String pathAndQuery, Reply reply) {
        if (reply.body().length == 0) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new ServiceCallException(service, reply.status(), service.serviceName() + " answered " + method + " "
                    + pathAndQuery + " with something that is not JSON: " + e.getMessage());
        }
    }
}

package dev.tradeguard.console.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradeguard.console.config.ConsoleConfig;
import dev.tradeguard.console.security.Operator;
import io.smallrye.jwt.build.Jwt;

/**
 * Calls the services' REST APIs on the signed-in person's behalf: every call carries a fresh, short-lived bearer
 * token in that person's name and roles (so the services check the person's role and their audit logs name the
 * person), and the browser's address as X-Forwarded-For. The console holds no other credential.
 */
@ApplicationScoped
public class ServiceClient {
    private static final String JSON = "application/json";

    @Inject
    ConsoleConfig config;

    @Inject
    Operator operator;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();

    public <T> T get(Service service, String path, TypeReference<T> type) {
        return read(service, send(service, request(service, path).GET()), type);
    }

    public <T> T get(Service service, String path, Class<T> type) {
        return json.convertValue(get(service, path, new TypeReference<JsonNode>() {
        }), type);
    }

    /** A binary answer (the performance chart). */
    public byte[] bytes(Service service, String path) {
        return send(service, request(service, path).GET()).body();
    }

    /** POSTs {@code body} as JSON (null: no body) and reads the answer as {@code type}. */
    public <T> T post(Service service, String path, Object body, Class<T> type) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write request body " + body, e);
        }
        HttpResponse<byte[]> reply = send(service, request(service, path).header("Content-Type", JSON)
                .POST(publisher));
        return json.convertValue(read(service, reply, new TypeReference<JsonNode>() {
        }), type);
    }

    /**
     * Whether the service says it is ready, without a token (health is open): asked where it serves health, and on its
     * API port when nothing listens there (a service run without a management interface of its own).
     */
    public boolean ready(Service service) {
        int status = readiness(healthUrl(service));
        return status == 200 || status < 0 && !healthUrl(service).equals(baseUrl(service))
                && readiness(baseUrl(service)) == 200;
    }

    /** The HTTP status of {@code /q/health/ready} under {@code base}, or -1 when nothing answers there. */
    private int readiness(String base) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(config.serviceTimeout()).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(Service service, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl(service) + path)).timeout(config.serviceTimeout())
                .header("Accept", JSON + ", image/png")
                .header("Authorization", "Bearer " + token())
                .header("X-Forwarded-For", operator.source());
    }

    /** A token for this one call, in the person's name: {@code upn} is what the services' audit logs record. */
    private String token() {
        return Jwt.issuer(config.tokens().issuer()).upn(operator.name()).subject(operator.name())
                .groups(operator.roles()).claim("azp", "tradeguard-console")
                .expiresIn(config.tokens().lifetime()).sign();
    }

    private HttpResponse<byte[]> send(Service service, HttpRequest.Builder request) {
        HttpResponse<byte[]> reply;
        try {
            reply = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ServiceDownException(service, "no answer within " + config.serviceTimeout().toMillis() + " ms");
        } catch (IOException e) {
            throw new ServiceDownException(service, describe(e) + " at " + baseUrl(service));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceDownException(service, "interrupted");
        }
        if (reply.statusCode() >= 500) {
            throw new ServiceDownException(service, "HTTP " + reply.statusCode() + " " + message(reply));
        }
        if (reply.statusCode() >= 400) {
            throw new ServiceRefusedException(service, reply.statusCode(), message(reply));
        }
        return reply;
    }

    private <T> T read(Service service, HttpResponse<byte[]> reply, TypeReference<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new ServiceDownException(service, "unreadable answer to " + reply.request().uri().getPath() + ": "
                    + e.getMessage());
        }
    }

    /** The service's own words: the {@code message} of its error body, else the body's start. */
    private String message(HttpResponse<byte[]> reply) {
        String text = new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            JsonNode body = json.readTree(text);
            if (body != null && body.hasNonNull("message")) {
                return body.get("message").asText();
            }
        } catch (IOException notJson) {
            // fall through to the raw text
        }
        return text.isBlank() ? "(no body)" : text.substring(0, Math.min(300, text.length()));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.net.ConnectException || message == null) {
            return "connection refused";
        }
        return message;
    }

    private String healthUrl(Service service) {
        ConsoleConfig.Management management = config.services().management();
        java.util.Optional<String> url = switch (service) {
            case RISK -> management.risk();
            case EXECUTION -> management.execution();
            case MONITOR -> management.monitor();
            case ALERT -> management.alert();
        };
        return url.orElse(baseUrl(service));
    }

    private String baseUrl(Service service) {
        ConsoleConfig.Services urls = config.services();
        return switch (service) {
            case RISK -> urls.risk();
            case EXECUTION -> urls.execution();
            case MONITOR -> urls.monitor();
            case ALERT -> urls.alert();
        };
    }
}

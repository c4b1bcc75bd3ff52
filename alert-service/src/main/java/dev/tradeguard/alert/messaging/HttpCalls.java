package dev.tradeguard.alert.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** Outgoing HTTP calls of the channels: building clients and telling retryable failures from permanent ones. */
final class HttpCalls {
    private static final int ERROR_BODY_LIMIT = 300;

    private HttpCalls() {
    }

    static <T> T client(String baseUrl, Class<T> api, Duration timeout) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(baseUrl))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build(api);
    }

    /**
     * Runs the call and accepts any 2xx. A 5xx, 429 or I/O failure may pass on retry; any other 4xx will not. The
     * error text is ours plus the response body, never the request URL (a webhook URL is itself a credential).
     */
    static void expectSuccess(String service, Supplier<Response> call) throws DeliveryException {
        Response response;
        try {
            response = call.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DeliveryException(service + " unreachable: " + cause.getClass().getSimpleName(), false);
        }
        try (Response answered = response) {
            int status = answered.getStatus();
            if (status >= 200 && status < 300) {
                return;
            }
            String body = body(answered);
            boolean permanent = status >= 400 && status < 500 && status != 429 && status != 408;
            throw new DeliveryException(service + " answered HTTP " + status + (body.isEmpty() ? "" : ": " + body),
                    permanent);
        }
    }

    private static String body(Response response) {
        try {
            if (!response.hasEntity()) {
                return "";
            }
            String body = response.readEntity(String.class);
            body = body == null ? "" : body.replaceAll("\\s+", " ").trim();
            return body.length() > ERROR_BODY_LIMIT ? body.substring(0, ERROR_BODY_LIMIT) + "…" : body;
        } catch (RuntimeException e) {
            return "";
        }
    }
}

package dev.tradeguard.recommendation.messaging;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

import dev.tradeguard.recommendation.domain.Backoff;

/** An outside API answered with an error status. Carries the body for the audit trail; never a request header. */
public class UpstreamException extends RuntimeException {
    private static final int MAX_BODY = 4000;

    private final int status;
    private final String body;
    private final Duration retryAfter;

    public UpstreamException(String api, int status, String body, Duration retryAfter) {
        super(api + " answered HTTP " + status + summary(body));
        this.status = status;
        this.body = body == null ? "" : body;
        this.retryAfter = retryAfter;
    }

    /** Reads an error response in a REST client's exception mapper. */
    static UpstreamException of(String api, Response response) {
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            body = "";
        }
        return new UpstreamException(api, response.getStatus(), body,
                Backoff.parseRetryAfter(response.getHeaderString("retry-after")));
    }

    private static String summary(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return ": " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
    }

    /** The server's {@code retry-after}, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

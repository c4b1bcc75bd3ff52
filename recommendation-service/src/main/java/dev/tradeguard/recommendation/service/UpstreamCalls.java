package dev.tradeguard.recommendation.service;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.jboss.logging.Logger;

import dev.tradeguard.recommendation.config.ResearchConfig;
import dev.tradeguard.recommendation.domain.Backoff;
import dev.tradeguard.recommendation.messaging.UpstreamException;

/**
 * Calls an outside API, retrying 429, 408, 5xx, 529 and calls that got no answer (timeout, refused connection) with
 * exponential backoff that honours {@code retry-after}. Anything else (400, 401, 403, 404…) is not retried: it will not
 * change. Every failed attempt is reported to the caller's listener, so error bodies reach the audit trail.
 */
@ApplicationScoped
public class UpstreamCalls {
    private static final Logger LOG = Logger.getLogger(UpstreamCalls.class);

    @Inject
    ResearchConfig config;

    /** Hears about each failed attempt: {@code status} is {@code null} when no response came. */
    @FunctionalInterface
    public interface FailedAttempts {
        void failed(int attempt, Integer status, String body);
    }

    /** The call failed for good. {@code status} of the last attempt, {@code null} when no response came. */
    public static class Failed extends RuntimeException {
        private final Integer status;
        private final boolean retryable;

        Failed(String message, Integer status, boolean retryable) {
            super(message);
            this.status = status;
            this.retryable = retryable;
        }

        public Integer status() {
            return status;
        }

        /** Whether the failure was of a kind that was retried (and the retries ran out). */
        public boolean retryable() {
            return retryable;
        }
    }

    Backoff backoff() {
        ResearchConfig.Retry retry = config.retry();
        return new Backoff(retry.maxAttempts(), retry.initialBackoff(), retry.maxBackoff(), retry.maxRetryAfter());
    }

    /** @param what names the call in messages, e.g. {@code "Anthropic Messages API"}; never holds a key */
    public String call(String what, Supplier<String> request, FailedAttempts listener) {
        Backoff backoff = backoff();
        for (int attempt = 1;; attempt++) {
            Integer status;
            String problem;
            Duration retryAfter = null;
            boolean retryable;
            try {
                return request.get();
            } catch (RuntimeException e) {
                UpstreamException answered = answered(e);
                if (answered != null) {
                    status = answered.status();
                    problem = answered.getMessage();
                    retryAfter = answered.retryAfter();
                    retryable = Backoff.retryable(answered.status());
                    listener.failed(attempt, status, answered.body());
                } else if (e instanceof ProcessingException) {
                    status = null;
                    problem = what + " gave no answer: " + rootMessage(e);
                    retryable = true;
                    listener.failed(attempt, null, problem);
                } else {
                    throw e;
                }
            }
            if (!retryable) {
                throw new Failed(problem + " (not retried: the same request would fail again)", status, false);
            }
            Optional<Duration> pause = backoff.next(attempt, retryAfter);
            if (pause.isEmpty()) {
                String why = retryAfter != null && attempt < backoff.maxAttempts()
                        ? "asked to wait " + retryAfter.toSeconds() + "s, longer than tradeguard.research.retry."
                                + "max-retry-after " + backoff.maxRetryAfter().toSeconds() + "s"
                        : "gave up after " + attempt + " attempt(s)";
                throw new Failed(problem + " (" + why + ")", status, true);
            }
            LOG.warnf("%s, attempt %d of %d; retrying in %d ms", problem, attempt, backoff.maxAttempts(),
                    pause.get().toMillis());
            sleep(pause.get());
        }
    }

    /** The error response behind {@code error}, which the client may have wrapped, or {@code null}. */
    private static UpstreamException answered(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UpstreamException upstream) {
                return upstream;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while waiting to retry", null, false);
        }
    }
}

package dev.tradeguard.recommendation.domain;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One raw answer an outside API gave during a run, kept for audit: the model's responses (error bodies of failed
 * attempts too) and what each tool call returned.
 *
 * @param httpStatus {@code null} when no response came (timeout, connection refused)
 */
@RegisterForReflection
public record ResearchExchange(int seq, String api, String call, Integer httpStatus, Instant receivedAt,
        String body) {
    public static final String ANTHROPIC = "ANTHROPIC";
    public static final String FINANCIAL_DATASETS = "FINANCIAL_DATASETS";
}

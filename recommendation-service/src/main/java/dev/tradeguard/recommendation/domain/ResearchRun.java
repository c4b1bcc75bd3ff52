package dev.tradeguard.recommendation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One research run of one strategy: what it cost, what it published and rejected, or why it failed.
 *
 * @param marketDate the trading session its recommendations are for
 * @param exchanges the raw responses, in order; only on a single run's detail, empty in lists
 */
@RegisterForReflection
public record ResearchRun(UUID id, String strategy, String accountId, LocalDate marketDate, ResearchTrigger trigger,
        String requestedBy, String model, Instant startedAt, Instant finishedAt, ResearchStatus status,
        ResearchFailureKind failureKind, String failure, int turns, long inputTokens, long outputTokens,
        int published, int rejected, List<ResearchIdeaOutcome> ideas, List<ResearchExchange> exchanges) {
}

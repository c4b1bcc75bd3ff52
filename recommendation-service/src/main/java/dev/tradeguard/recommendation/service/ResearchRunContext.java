package dev.tradeguard.recommendation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tradeguard.recommendation.domain.ResearchExchange;
import dev.tradeguard.recommendation.repository.ResearchRepository;

/** The state of one run while it talks to the outside APIs: its identity, counters and the audit trail. */
final class ResearchRunContext {
    final UUID runId;
    final String strategy;
    final String accountId;
    /** The session the recommendations are for; they expire at its close ({@link #validUntil}). */
    final LocalDate marketDate;
    final Instant validUntil;
    /** The New York day the spend is booked on. */
    final LocalDate budgetDay;
    private final ResearchRepository repository;
    private final Clock clock;
    private int seq;
    int turns;
    long inputTokens;
    long outputTokens;

    ResearchRunContext(UUID runId, String strategy, String accountId, LocalDate marketDate, Instant validUntil,
            LocalDate budgetDay, ResearchRepository repository, Clock clock) {
        this.runId = runId;
        this.strategy = strategy;
        this.accountId = accountId;
        this.marketDate = marketDate;
        this.validUntil = validUntil;
        this.budgetDay = budgetDay;
        this.repository = repository;
        this.clock = clock;
    }

    void record(String api, String call, Integer httpStatus, String body) {
        repository.recordExchange(runId, new ResearchExchange(++seq, api, call, httpStatus, clock.instant(),
                body == null ? "" : body));
    }
}

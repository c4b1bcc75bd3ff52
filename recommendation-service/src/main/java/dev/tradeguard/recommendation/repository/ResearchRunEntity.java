package dev.tradeguard.recommendation.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.recommendation.domain.ResearchExchange;
import dev.tradeguard.recommendation.domain.ResearchFailureKind;
import dev.tradeguard.recommendation.domain.ResearchIdeaOutcome;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchStatus;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code research_run}: one run of one strategy, started RUNNING and finished once. */
@Entity
@Table(name = "research_run")
public class ResearchRunEntity extends PanacheEntityBase {
    private static final TypeReference<List<ResearchIdeaOutcome>> IDEAS = new TypeReference<>() {
    };

    @Id
    public UUID id;

    public String strategy;

    public String accountId;

    public LocalDate marketDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger")
    public ResearchTrigger trigger;

    public String requestedBy;

    public String model;

    public Instant startedAt;

    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    public ResearchStatus status;

    @Enumerated(EnumType.STRING)
    public ResearchFailureKind failureKind;

    public String failure;

    public int turns;

    public long inputTokens;

    public long outputTokens;

    public int published;

    public int rejected;

    /** What became of each idea of the final answer, as JSON text. */
    public String ideas;

    static ResearchRunEntity started(ResearchRun run) {
        ResearchRunEntity row = new ResearchRunEntity();
        row.id = run.id();
        row.strategy = run.strategy();
        row.accountId = run.accountId();
        row.marketDate = run.marketDate();
        row.trigger = run.trigger();
        row.requestedBy = run.requestedBy();
        row.model = run.model();
        row.startedAt = run.startedAt();
        row.status = ResearchStatus.RUNNING;
        return row;
    }

    void finish(ResearchStatus status, ResearchFailureKind failureKind, String failure, int turns, long inputTokens,
            long outputTokens, List<ResearchIdeaOutcome> ideas, Instant finishedAt) {
        this.status = status;
        this.failureKind = failureKind;
        this.failure = failure;
        this.turns = turns;
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
        this.published = (int) ideas.stream().filter(ResearchIdeaOutcome::published).count();
        this.rejected = ideas.size() - published;
        this.ideas = EventJson.toJson(ideas);
        this.finishedAt = finishedAt;
    }

    ResearchRun toDomain(List<ResearchExchange> exchanges) {
        List<ResearchIdeaOutcome> outcomes;
        try {
            outcomes = ideas == null ? List.of() : EventJson.mapper().readValue(ideas, IDEAS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ideas of research run " + id, e);
        }
        return new ResearchRun(id, strategy, accountId, marketDate, trigger, requestedBy, model, startedAt, finishedAt,
                status, failureKind, failure, turns, inputTokens, outputTokens, published, rejected, outcomes,
                exchanges);
    }
}

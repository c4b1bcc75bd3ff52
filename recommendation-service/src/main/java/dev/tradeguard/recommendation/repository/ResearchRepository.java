package dev.tradeguard.recommendation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradeguard.recommendation.domain.ResearchExchange;
import dev.tradeguard.recommendation.domain.ResearchFailureKind;
import dev.tradeguard.recommendation.domain.ResearchIdeaOutcome;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchStatus;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import dev.tradeguard.recommendation.domain.TokenBudget;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Research runs, their raw exchanges and the daily spend. A run talks to the outside APIs for minutes, so it is no
 * transaction: its start, every exchange and every spend are written as they happen ({@code @Transactional} here
 * joins a caller's transaction or commits at once), and the audit trail survives a run that breaks.
 */
@ApplicationScoped
public class ResearchRepository implements PanacheRepositoryBase<ResearchRunEntity, UUID> {

    @Transactional
    public void start(ResearchRun run) {
        persist(ResearchRunEntity.started(run));
    }

    /** In the caller's transaction: the run's end and what it published commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(UUID id, ResearchStatus status, ResearchFailureKind failureKind, String failure, int turns,
            long inputTokens, long outputTokens, List<ResearchIdeaOutcome> ideas, Instant finishedAt) {
        findByIdOptional(id).orElseThrow(() -> new IllegalStateException("no research run " + id))
                .finish(status, failureKind, failure, turns, inputTokens, outputTokens, ideas, finishedAt);
    }

    @Transactional
    public void recordExchange(UUID runId, ResearchExchange exchange) {
        getEntityManager().persist(ResearchExchangeEntity.from(runId, exchange));
    }

    /** Read fresh each time: a projection, not an entity a longer-lived session could hand back unchanged. */
    public TokenBudget.Usage usage(LocalDate day) {
        return getEntityManager().createQuery(
                "select inputTokens, outputTokens, costUsd from ResearchBudgetEntity where day = :day", Object[].class)
                .setParameter("day", day).getResultStream().findFirst()
                .map(row -> new TokenBudget.Usage((Long) row[0], (Long) row[1], (BigDecimal) row[2]))
                .orElse(TokenBudget.Usage.NONE);
    }

    /** Adds one call's spend to the day in one statement, atomically (runs of different strategies may overlap). */
    @Transactional
    public void spend(LocalDate day, long inputTokens, long outputTokens, BigDecimal costUsd) {
        getEntityManager().createQuery("""
                insert into ResearchBudgetEntity (day, inputTokens, outputTokens, costUsd, calls)
                values (:day, :inputTokens, :outputTokens, :costUsd, 1)
                on conflict (day) do update set inputTokens = inputTokens + excluded.inputTokens,
                    outputTokens = outputTokens + excluded.outputTokens, costUsd = costUsd + excluded.costUsd,
                    calls = calls + 1
                """).setParameter("day", day).setParameter("inputTokens", inputTokens)
                .setParameter("outputTokens", outputTokens).setParameter("costUsd", costUsd).executeUpdate();
    }

    /** The strategies that have a scheduled run for the session of {@code marketDate}, finished or not. */
    public Set<String> scheduledStrategies(LocalDate marketDate) {
        return Set.copyOf(getEntityManager().createQuery("""
                select distinct strategy from ResearchRunEntity
                where marketDate = :marketDate and trigger = :trigger""", String.class)
                .setParameter("marketDate", marketDate).setParameter("trigger", ResearchTrigger.SCHEDULE)
                .getResultList());
    }

    public Optional<ResearchRun> find(UUID id) {
        return findByIdOptional(id).map(run -> run.toDomain(exchanges(id)));
    }

    public List<ResearchRun> recent(String strategy, int limit) {
        Sort newestFirst = Sort.descending("startedAt").and("id");
        return (strategy == null ? findAll(newestFirst)
                : find("strategy = :strategy", newestFirst, Parameters.with("strategy", strategy)))
                .page(Page.ofSize(limit)).stream().map(run -> run.toDomain(List.of())).toList();
    }

    private List<ResearchExchange> exchanges(UUID runId) {
        return getEntityManager().createQuery("from ResearchExchangeEntity where runId = :runId order by seq",
                ResearchExchangeEntity.class).setParameter("runId", runId).getResultStream()
                .map(ResearchExchangeEntity::toDomain).toList();
    }
}

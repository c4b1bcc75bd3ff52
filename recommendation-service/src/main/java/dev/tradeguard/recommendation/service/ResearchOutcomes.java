package dev.tradeguard.recommendation.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.platform.outbox.Outbox;
import dev.tradeguard.recommendation.config.ResearchConfig;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.RecommendationIds;
import dev.tradeguard.recommendation.domain.RecommendationRules;
import dev.tradeguard.recommendation.domain.ResearchAnswer;
import dev.tradeguard.recommendation.domain.ResearchFailure;
import dev.tradeguard.recommendation.domain.ResearchFailureKind;
import dev.tradeguard.recommendation.domain.ResearchIdeaOutcome;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchStatus;
import dev.tradeguard.recommendation.repository.ResearchRepository;
import dev.tradeguard.recommendation.service.RecommendationService.Candidate;

/**
 * Ends a research run in one transaction: its valid ideas are published through the same path as a REST submission
 * ({@link RecommendationService#assess}, {@link RecommendationService#publish}, the outbox), invalid ones are
 * rejected and reported; a run that yields nothing usable raises an {@link AlertType#API_ERROR} alert instead.
 */
@ApplicationScoped
public class ResearchOutcomes {
    static final String SUBMITTED_BY = "research-generator";
    private static final Logger LOG = Logger.getLogger(ResearchOutcomes.class);

    @Inject
    RecommendationService recommendations;

    @Inject
    ResearchRepository repository;

    @Inject
    RecommendationRules rules;

    @Inject
    Outbox outbox;

    @Inject
    ResearchConfig config;

    @Inject
    Clock clock;

    @Transactional
    public ResearchRun complete(ResearchRunContext run, ResearchAnswer answer) {
        Instant now = clock.instant();
        Set<String> keys = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        List<ResearchIdeaOutcome> outcomes = new ArrayList<>();
        for (ResearchAnswer.Idea idea : answer.ideas()) {
            outcomes.add(judge(run, idea, now, keys, ids));
        }
        long published = outcomes.stream().filter(ResearchIdeaOutcome::published).count();
        if (!outcomes.isEmpty() && published == 0) {
            return failed(run, new ResearchFailure(ResearchFailureKind.ALL_REJECTED, "all " + outcomes.size()
                    + " ideas of the answer failed validation: " + String.join(" | ", outcomes.stream()
                            .map(o -> "[" + o.index() + "] " + o.symbol() + ": " + o.reasons()).toList())),
                    outcomes, now);
        }
        outcomes.stream().filter(outcome -> !outcome.published()).forEach(outcome -> LOG.warnf(
                "Research run %s (%s): idea [%d] %s rejected: %s", run.runId, run.strategy, outcome.index(),
                outcome.symbol(), outcome.reasons()));
        repository.finish(run.runId, ResearchStatus.COMPLETED, null, null, run.turns, run.inputTokens,
                run.outputTokens, outcomes, now);
        LOG.infof("Research run %s (%s): %d published, %d rejected, %d turns, %d+%d tokens", run.runId, run.strategy,
                published, outcomes.size() - published, run.turns, run.inputTokens, run.outputTokens);
        return repository.find(run.runId).orElseThrow();
    }

    @Transactional
    public ResearchRun fail(ResearchRunContext run, ResearchFailure failure) {
        return failed(run, failure, List.of(), clock.instant());
    }

    private ResearchRun failed(ResearchRunContext run, ResearchFailure failure, List<ResearchIdeaOutcome> outcomes,
            Instant now) {
        repository.finish(run.runId, ResearchStatus.FAILED, failure.kind(), failure.getMessage(), run.turns,
                run.inputTokens, run.outputTokens, outcomes, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("runId", run.runId.toString());
        details.put("strategy", run.strategy);
        details.put("marketDate", run.marketDate.toString());
        details.put("failureKind", failure.kind().name());
        details.put("model", config.model());
        details.put("turns", Integer.toString(run.turns));
        details.put("tokens", run.inputTokens + " in / " + run.outputTokens + " out");
        details.put("audit", "GET /research/runs/" + run.runId);
        String subject = "AI research for " + run.strategy + " failed (" + failure.kind() + ")";
        String message = "No recommendations were published for " + run.strategy + " for the session of "
                + run.marketDate + ": " + failure.getMessage();
        outbox.enqueue(Topics.ALERTS, Alert.of(Envelope.create(run.accountId, run.strategy, run.runId.toString(),
                clock), AlertType.API_ERROR, subject, message, details));
        LOG.errorf("Research run %s (%s) failed, alert raised: %s", run.runId, run.strategy, message);
        return repository.find(run.runId).orElseThrow();
    }

    private ResearchIdeaOutcome judge(ResearchRunContext run, ResearchAnswer.Idea idea, Instant now,
            Set<String> keys, Set<UUID> ids) {
        UUID id = RecommendationIds.named("research|" + run.runId + "|" + idea.index());
        Recommendation event = new Recommendation(RecommendationIds.eventIdFor(id),
                TradingEvent.CURRENT_SCHEMA_VERSION, run.accountId, run.strategy, now, id.toString(), idea.symbol(),
                idea.side(), idea.shares(), idea.limitPrice(), idea.stopLoss(), idea.takeProfit(), idea.confidence(),
                config.source(), idea.rationale(), idea.catalyst(), idea.catalystDate(), run.validUntil);
        List<Violation> violations = new ArrayList<>(idea.violations());
        Set<String> named = new HashSet<>(violations.stream().map(Violation::field).toList());
        Candidate candidate = new Candidate(event, run.marketDate);
        // An idea that could not be read is still checked by the rules, so every problem is reported at once, but it
        // claims no place in the answer's duplicate check.
        Verdict verdict = violations.isEmpty() ? recommendations.assess(candidate, now, keys, ids)
                : Verdict.invalid(rules.check(event, now));
        // What the rules say about a field that could not be read only repeats why it could not be read.
        verdict.violations().stream().filter(v -> !named.contains(v.field()) && !named.contains(snake(v.field())))
                .forEach(violations::add);
        if (!violations.isEmpty() || verdict.kind() != Verdict.Kind.NEW) {
            return new ResearchIdeaOutcome(idea.index(), idea.symbol(), idea.side(), false, null,
                    violations.isEmpty() ? "already published" : Violations.describe(violations));
        }
        recommendations.publish(candidate, Origin.RESEARCH, SUBMITTED_BY, null, null, now);
        return new ResearchIdeaOutcome(idea.index(), idea.symbol(), idea.side(), true, id, null);
    }

    private static String snake(String camel) {
        return switch (camel) {
            case "quantity" -> "shares";
            case "limitPrice" -> "limit_price";
            case "stopLoss" -> "stop_loss";
            case "takeProfit" -> "take_profit";
            case "catalystDate" -> "catalyst_date";
            default -> camel;
        };
    }
}

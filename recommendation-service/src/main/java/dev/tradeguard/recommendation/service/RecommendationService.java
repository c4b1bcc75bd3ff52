package dev.tradeguard.recommendation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.model.validation.Violations;
import dev.tradeguard.platform.outbox.Outbox;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.Origin;
import dev.tradeguard.recommendation.domain.RecommendationQuery;
import dev.tradeguard.recommendation.domain.RecommendationRules;
import dev.tradeguard.recommendation.domain.RecommendationStatus;
import dev.tradeguard.recommendation.domain.StoredRecommendation;
import dev.tradeguard.recommendation.repository.RecommendationRepository;

/**
 * The one place a recommendation is accepted: every door (REST, file import) hands its candidates here, where they are
 * validated, de-duplicated, stored and published through the outbox in one transaction.
 */
@ApplicationScoped
public class RecommendationService {
    @Inject
    RecommendationRepository repository;

    @Inject
    RecommendationRules rules;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A candidate for the given market day. */
    public record Candidate(Recommendation event, LocalDate marketDate) {
    }

    public record Accepted(StoredRecommendation recommendation, boolean created) {
    }

    /**
     * All or nothing: either every candidate is valid and each is stored and published (or was already, with the same
     * content), or nothing is and the {@link InvalidInputException} names every violation, prefixed {@code [i].} for
     * a batch.
     */
    @Transactional
    public List<Accepted> submitAll(List<Candidate> candidates, boolean batch, String submittedBy) {
        Instant now = clock.instant();
        Set<String> keysInBatch = new HashSet<>();
        Set<UUID> idsInBatch = new HashSet<>();
        List<Verdict> verdicts = new ArrayList<>();
        Violations all = new Violations();
        for (int i = 0; i < candidates.size(); i++) {
            Verdict verdict = assess(candidates.get(i), now, keysInBatch, idsInBatch);
            verdicts.add(verdict);
            Violations scope = batch ? all.nested("", i) : all;
            verdict.violations().forEach(violation -> scope.add(violation.field(), violation.message()));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all.toList());
        }
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Verdict verdict = verdicts.get(i);
            if (verdict.kind() == Verdict.Kind.ALREADY_EXISTS) {
                accepted.add(new Accepted(verdict.existing(), false));
            } else {
                accepted.add(new Accepted(publish(candidates.get(i), Origin.REST, submittedBy, null, null, now),
                        true));
            }
        }
        return accepted;
    }

    /**
     * Judges one candidate. {@code keysInBatch} and {@code idsInBatch} carry what earlier candidates of the same
     * submission claimed, so two copies in one batch are caught before either is stored.
     */
    public Verdict assess(Candidate candidate, Instant now, Set<String> keysInBatch, Set<UUID> idsInBatch) {
        Recommendation event = candidate.event();
        UUID id = UUID.fromString(event.correlationId());
        Optional<StoredRecommendation> existing = repository.find(id);
        if (existing.isPresent()) {
            if (sameIdea(existing.get().event(), event)) {
                return Verdict.alreadyExists(existing.get());
            }
            return Verdict.invalid(List.of(new Violation("id",
                    "already names a different recommendation (" + describe(existing.get().event()) + ")")));
        }
        List<Violation> violations = new ArrayList<>(rules.check(event, now));
        if (!idsInBatch.add(id)) {
            violations.add(new Violation("id", "appears twice in this submission"));
        }
        if (event.side() != null && event.symbol() != null && event.accountId() != null && event.strategy() != null) {
            String key = String.join("|", event.accountId(), event.strategy(), event.symbol(), event.side().name(),
                    candidate.marketDate().toString());
            if (!keysInBatch.add(key)) {
                violations.add(new Violation("symbol", "duplicates an earlier recommendation of this submission: "
                        + describe(event) + " on " + candidate.marketDate()));
            } else {
                repository.findPublishedTwin(event, candidate.marketDate()).ifPresent(twin -> violations.add(
                        new Violation("symbol", "duplicates recommendation " + twin + ": one " + describe(event)
                                + " per account and market day (" + candidate.marketDate() + ")")));
            }
        }
        return violations.isEmpty() ? Verdict.fresh() : Verdict.invalid(violations);
    }

    /** Stores a valid, new candidate and queues its event, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredRecommendation publish(Candidate candidate, Origin origin, String submittedBy, UUID importId,
            Integer sourceLine, Instant now) {
        StoredRecommendation stored = new StoredRecommendation(candidate.event(), RecommendationStatus.PUBLISHED, null,
                candidate.marketDate(), origin, submittedBy, importId, sourceLine, now);
        repository.insert(stored);
        outbox.enqueue(Topics.RECOMMENDATIONS, candidate.event());
        return stored;
    }

    /** Keeps an idea that must never be traded (a file's rejected table) for the record; nothing is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keepAsInformation(StoredRecommendation information) {
        if (repository.find(information.id()).isPresent()) {
            return false;
        }
        repository.insert(information);
        return true;
    }

    public Optional<StoredRecommendation> find(UUID id) {
        return repository.find(id);
    }

    public List<StoredRecommendation> search(RecommendationQuery query) {
        return repository.search(query);
    }

    private static boolean sameIdea(Recommendation a, Recommendation b) {
        return Objects.equals(a.accountId(), b.accountId()) && Objects.equals(a.strategy(), b.strategy())
                && Objects.equals(a.symbol(), b.symbol()) && a.side() == b.side()
                && sameAmount(a.quantity(), b.quantity()) && sameAmount(a.limitPrice(), b.limitPrice())
                && sameAmount(a.stopLoss(), b.stopLoss()) && sameAmount(a.takeProfit(), b.takeProfit());
    }

    private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(Recommendation event) {
        return event.strategy() + " " + event.side() + " " + event.symbol() + " for " + event.accountId();
    }
}

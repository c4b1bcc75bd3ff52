package dev.tradeguard.recommendation.service;

import java.util.List;

import dev.tradeguard.model.validation.Violation;
import dev.tradeguard.recommendation.domain.StoredRecommendation;

/** What the service makes of one candidate: new, the same as one it already has, or refused with reasons. */
public record Verdict(Kind kind, List<Violation> violations, StoredRecommendation existing) {
    public enum Kind {
        NEW, ALREADY_EXISTS, INVALID
    }

    static Verdict fresh() {
        return new Verdict(Kind.NEW, List.of(), null);
    }

    static Verdict alreadyExists(StoredRecommendation existing) {
        return new Verdict(Kind.ALREADY_EXISTS, List.of(), existing);
    }

    static Verdict invalid(List<Violation> violations) {
        return new Verdict(Kind.INVALID, List.copyOf(violations), null);
    }
}

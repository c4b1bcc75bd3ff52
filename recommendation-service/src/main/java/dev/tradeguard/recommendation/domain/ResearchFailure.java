package dev.tradeguard.recommendation.domain;

/** A research run that cannot produce recommendations, with a message an operator can act on. */
public class ResearchFailure extends RuntimeException {
    private final ResearchFailureKind kind;

    public ResearchFailure(ResearchFailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ResearchFailureKind kind() {
        return kind;
    }
}

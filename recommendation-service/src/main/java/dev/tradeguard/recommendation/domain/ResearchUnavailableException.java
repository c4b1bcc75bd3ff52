package dev.tradeguard.recommendation.domain;

/** The research generator is switched off here (no keys, or switched off); answered with 503. */
public class ResearchUnavailableException extends RuntimeException {
    public ResearchUnavailableException(String reason) {
        super("the AI research generator is disabled: " + reason);
    }
}

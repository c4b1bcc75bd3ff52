package dev.tradeguard.recommendation.domain;

/** A run of the same strategy is in progress; answered with 409. */
public class ResearchBusyException extends RuntimeException {
    public ResearchBusyException(String strategy) {
        super("a research run for " + strategy + " is already in progress");
    }
}

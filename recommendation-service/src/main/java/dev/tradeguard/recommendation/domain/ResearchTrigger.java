package dev.tradeguard.recommendation.domain;

/** What started a research run. */
public enum ResearchTrigger {
    SCHEDULE, ON_DEMAND
}

package dev.tradeguard.recommendation.domain;

public enum ResearchStatus {
    RUNNING, COMPLETED, FAILED
}

package dev.tradeguard.recommendation.domain;

/** Which door a recommendation came through. */
public enum Origin {
    REST, IMPORT, RESEARCH
}

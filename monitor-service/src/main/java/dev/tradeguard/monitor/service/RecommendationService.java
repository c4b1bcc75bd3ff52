package dev.tradeguard.monitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.monitor.repository.RecommendationRepository;

/** Keeps every recommendation: the stop and target of the positions it opens, and the base of its outcome. */
@ApplicationScoped
public class RecommendationService {
    @Inject
    RecommendationRepository recommendations;

    @Transactional
    public void record(Recommendation recommendation) {
        recommendations.insert(recommendation);
    }
}

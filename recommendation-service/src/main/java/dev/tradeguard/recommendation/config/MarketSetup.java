package dev.tradeguard.recommendation.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tradeguard.recommendation.domain.MarketCalendar;
import dev.tradeguard.recommendation.domain.RecommendationRules;

/** The clock, calendar and rules the service decides with, built once from configuration. */
@ApplicationScoped
public class MarketSetup {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    MarketCalendar calendar(RecommendationConfig config) {
        return new MarketCalendar(Set.copyOf(config.market().extraClosedDays().orElse(List.of())));
    }

    @Produces
    @Singleton
    RecommendationRules rules(RecommendationConfig config) {
        Map<String, Boolean> longOnly = new HashMap<>();
        config.strategies().forEach((name, strategy) -> longOnly.put(name, strategy.longOnly()));
        return new RecommendationRules(longOnly);
    }
}

package dev.tradeguard.recommendation.config;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.recommendation.domain.AccountRoutes;
import dev.tradeguard.recommendation.domain.RecommendationRules;
import io.quarkus.runtime.StartupEvent;

/**
 * The calendar, rules and account routes the service decides with, built once from configuration (the clock is
 * service-support's ClockProducer).
 */
@ApplicationScoped
public class MarketSetup {
    @Produces
    @Singleton
    NyseCalendar calendar(RecommendationConfig config) {
        return calendar(config.market().extraClosedDays().orElse(List.of()));
    }

    /** NYSE's published calendar closed also on {@code tradeguard.recommendation.market.extra-closed-days}. */
    static NyseCalendar calendar(List<LocalDate> extraClosedDays) {
        return NyseCalendar.withExtraClosures(Set.copyOf(extraClosedDays));
    }

    /** The (bot, mode) → account mapping, refused at start-up when a paper section could reach a live account. */
    @Produces
    @Singleton
    AccountRoutes routes(RecommendationConfig config) {
        return config.routes();
    }

    void checkRoutes(@Observes StartupEvent start, AccountRoutes routes) {
        List<String> problems = routes.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("tradeguard.recommendation.accounts is unsafe: "
                    + String.join("; ", problems));
        }
    }

    @Produces
    @Singleton
    RecommendationRules rules(RecommendationConfig config) {
        Map<String, Boolean> longOnly = new HashMap<>();
        config.strategies().forEach((name, strategy) -> longOnly.put(name, strategy.longOnly()));
        return new RecommendationRules(longOnly);
    }
}

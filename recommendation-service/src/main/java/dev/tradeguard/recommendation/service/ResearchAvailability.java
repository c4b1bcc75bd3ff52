package dev.tradeguard.recommendation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.recommendation.config.RecommendationConfig;
import dev.tradeguard.recommendation.domain.AccountRoutes;
import dev.tradeguard.recommendation.domain.TradingMode;
import dev.tradeguard.recommendation.config.ResearchConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether the research generator can run here. Missing keys or an unusable strategy switch it off with a warning at
 * start-up; the service itself (REST, imports) runs on. The reasons name settings, never their values.
 */
@ApplicationScoped
public class ResearchAvailability {
    private static final Logger LOG = Logger.getLogger(ResearchAvailability.class);

    @Inject
    ResearchConfig config;

    @Inject
    RecommendationConfig recommendations;

    @Inject
    ResearchPrompts prompts;

    void onStart(@Observes StartupEvent event) {
        Optional<String> reason = disabledReason();
        if (reason.isPresent()) {
            LOG.warnf("AI research generator disabled: %s", reason.get());
        } else {
            LOG.infof("AI research generator enabled for %s with model %s, schedule '%s' (America/New_York,"
                    + " trading days only)", config.strategies(), config.model(), config.cron());
        }
    }

    public boolean enabled() {
        return disabledReason().isEmpty();
    }

    /** Why the generator cannot run, or empty when it can. */
    public Optional<String> disabledReason() {
        List<String> problems = new ArrayList<>();
        if (!config.enabled()) {
            problems.add("switched off (tradeguard.research.enabled=false)");
        }
        if (config.anthropic().apiKey().filter(key -> !key.isBlank()).isEmpty()) {
            problems.add("no Anthropic API key: set ANTHROPIC_API_KEY (tradeguard.research.anthropic.api-key)");
        }
        if (config.financialDatasets().apiKey().filter(key -> !key.isBlank()).isEmpty()) {
            problems.add("no Financial Datasets API key: set FINANCIAL_DATASETS_API_KEY"
                    + " (tradeguard.research.financial-datasets.api-key)");
        }
        for (String strategy : config.strategies()) {
            if (!recommendations.strategies().containsKey(strategy)) {
                problems.add("strategy " + strategy + " is not one of tradeguard.recommendation.strategies");
            }
            if (recommendations.paperAccount(strategy).isEmpty()) {
                problems.add("strategy " + strategy + " has no paper account: set "
                        + AccountRoutes.key(strategy, TradingMode.PAPER));
            }
            if (prompts.template(strategy).isEmpty()) {
                problems.add("strategy " + strategy + " has no prompt template " + strategy + ".md");
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}

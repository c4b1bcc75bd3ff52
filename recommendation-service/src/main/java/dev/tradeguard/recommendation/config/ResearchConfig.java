package dev.tradeguard.recommendation.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The AI research generator: which strategies it researches, with which model, how hard it retries and how much it
 * may spend a day. The API keys belong to this service alone and come from the environment
 * ({@code ANTHROPIC_API_KEY}, {@code FINANCIAL_DATASETS_API_KEY}); without them the generator is off.
 * The base URLs are the REST clients' ({@code quarkus.rest-client.anthropic.url},
 * {@code quarkus.rest-client.financial-datasets.url}).
 */
@ConfigMapping(prefix = "tradeguard.research")
public interface ResearchConfig {
    /** Off switch for the generator, independent of the keys. */
    @WithDefault("true")
    boolean enabled();

    /** The strategies researched, each with a prompt template and an account in tradeguard.recommendation. */
    @WithDefault("DEE-BOT,SHORGAN-BOT")
    List<String> strategies();

    /**
     * When the scheduled research runs: a New York time of day, on trading days, read off the service's Clock;
     * {@code off} disables it.
     */
    @WithDefault("08:30")
    String at();

    /** The former Quartz cron of the schedule: only {@code off} is still honoured; any other value stops start-up. */
    Optional<String> cron();

    /**
     * How often the Clock is compared with the due time. Read by the scheduler from
     * {@code ${tradeguard.research.tick:1s}}: keep both defaults equal.
     */
    @WithDefault("1s")
    String tick();

    /** The Anthropic model. */
    @WithDefault("claude-sonnet-4-5")
    String model();

    /** The most tokens the model may write in one turn. */
    @WithDefault("4096")
    int maxTokens();

    /** The most model calls of one run (each tool-use round is one); a run that needs more fails. */
    @WithDefault("8")
    int maxTurns();

    /** The most ideas taken from one answer; the rest are rejected. */
    @WithDefault("10")
    int maxIdeas();

    /** The {@code source} of the recommendations it makes. */
    @WithDefault("CLAUDE")
    String source();

    /** A directory with {@code <strategy>.md} prompt templates replacing the built-in ones. */
    Optional<Path> promptDir();

    /** A tool result longer than this is cut before it is shown to the model (it costs input tokens). */
    @WithDefault("20000")
    int maxToolResultChars();

    Anthropic anthropic();

    FinancialDatasets financialDatasets();

    Retry retry();

    Budget budget();

    interface Anthropic {
        /** Never logged. */
        Optional<String> apiKey();

        @WithDefault("2023-06-01")
        String version();
    }

    interface FinancialDatasets {
        /** Never logged. */
        Optional<String> apiKey();

        /** The most news items one tool call may ask for. */
        @WithDefault("20")
        int maxNews();

        /** The longest price history one tool call may ask for. */
        @WithDefault("400")
        int maxHistoryDays();
    }

    /** Retries of 429, 5xx, 529 and timeouts, with exponential backoff that honours {@code retry-after}. */
    interface Retry {
        /** Attempts per call, the first included. */
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** A {@code retry-after} longer than this ends the run instead of stalling it. */
        @WithDefault("60s")
        Duration maxRetryAfter();
    }

    /** A per-day (New York) ceiling over all strategies; a run stops before a call once either is reached. */
    interface Budget {
        @WithDefault("500000")
        long dailyTokens();

        @WithDefault("10.00")
        BigDecimal dailyCostUsd();

        /** Price of a million input tokens of the configured model, for the cost estimate. */
        @WithDefault("3.00")
        BigDecimal inputUsdPerMillionTokens();

        @WithDefault("15.00")
        BigDecimal outputUsdPerMillionTokens();
    }
}

package dev.tradeguard.recommendation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.model.market.NyseCalendar;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.recommendation.config.RecommendationConfig;
import dev.tradeguard.recommendation.config.ResearchConfig;
import dev.tradeguard.recommendation.domain.InvalidInputException;
import dev.tradeguard.recommendation.domain.ResearchAnswer;
import dev.tradeguard.recommendation.domain.ResearchBusyException;
import dev.tradeguard.recommendation.domain.ResearchExchange;
import dev.tradeguard.recommendation.domain.ResearchFailure;
import dev.tradeguard.recommendation.domain.ResearchFailureKind;
import dev.tradeguard.recommendation.domain.ResearchRun;
import dev.tradeguard.recommendation.domain.ResearchStatus;
import dev.tradeguard.recommendation.domain.ResearchTrigger;
import dev.tradeguard.recommendation.domain.ResearchUnavailableException;
import dev.tradeguard.recommendation.domain.TokenBudget;
import dev.tradeguard.recommendation.messaging.AnthropicApi;
import dev.tradeguard.recommendation.repository.ResearchRepository;

/**
 * The original bot's pre-market research: for one strategy, a conversation with the Anthropic Messages API in which
 * the model may call the Financial Datasets tools, up to {@code max-turns} model calls, ending in a JSON block of
 * ideas. Every raw response is stored; every call first checks the day's budget. The ideas are then validated and
 * published like any other input ({@link ResearchOutcomes}); a run that cannot produce research publishes nothing and
 * raises an alert.
 */
@ApplicationScoped
public class ResearchGenerator {
    private static final Logger LOG = Logger.getLogger(ResearchGenerator.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    @RestClient
    AnthropicApi anthropic;

    @Inject
    ResearchTools tools;

    @Inject
    UpstreamCalls calls;

    @Inject
    ResearchPrompts prompts;

    @Inject
    ResearchOutcomes outcomes;

    @Inject
    ResearchRepository repository;

    @Inject
    ResearchAvailability availability;

    @Inject
    ResearchConfig config;

    @Inject
    RecommendationConfig recommendations;

    @Inject
    NyseCalendar calendar;

    @Inject
    Clock clock;

    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    /**
     * Researches {@code strategy} now, for the next session to close, and returns the finished run (completed or
     * failed; a failure has raised its alert).
     *
     * @throws InvalidInputException when {@code strategy} is not researched, whether or not the generator is on
     * @throws ResearchUnavailableException when the generator is disabled
     * @throws ResearchBusyException when a run of the strategy is in progress
     */
    public ResearchRun run(String strategy, ResearchTrigger trigger, String requestedBy) {
        // what the caller got wrong is said first: it stays wrong when the generator is switched on
        if (strategy == null || strategy.isBlank()) {
            throw new InvalidInputException("strategy", "is required; researched: " + config.strategies());
        }
        if (!config.strategies().contains(strategy)) {
            throw new InvalidInputException("strategy", "'" + strategy + "' is not researched; researched: "
                    + config.strategies());
        }
        Optional<String> disabled = availability.disabledReason();
        if (disabled.isPresent()) {
            throw new ResearchUnavailableException(disabled.get());
        }
        ReentrantLock lock = running.computeIfAbsent(strategy, name -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new ResearchBusyException(strategy);
        }
        try {
            return research(strategy, trigger, requestedBy);
        } finally {
            lock.unlock();
        }
    }

    private ResearchRun research(String strategy, ResearchTrigger trigger, String requestedBy) {
        Instant now = clock.instant();
        Instant validUntil = calendar.closeOfSessionAfter(now);
        LocalDate marketDate = NyseCalendar.marketDate(validUntil);
        String account = recommendations.paperAccount(strategy).orElse(null);
        UUID runId = UUID.randomUUID();
        repository.start(new ResearchRun(runId, strategy, account, marketDate, trigger, requestedBy, config.model(),
                now, null, ResearchStatus.RUNNING, null, null, 0, 0, 0, 0, 0, List.of(), List.of()));
        ResearchRunContext run = new ResearchRunContext(runId, strategy, account, marketDate, validUntil,
                NyseCalendar.marketDate(now), repository, clock);
        LOG.infof("Research run %s: %s for the session of %s (%s)", runId, strategy, marketDate, trigger);
        try {
            String answer = converse(run);
            return outcomes.complete(run, ResearchAnswer.parse(answer, config.maxIdeas()));
        } catch (ResearchFailure failure) {
            return outcomes.fail(run, failure);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Research run %s (%s) broke", runId, strategy);
            return outcomes.fail(run, new ResearchFailure(ResearchFailureKind.INTERNAL,
                    "the generator broke: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The text of the model's final answer. */
    private String converse(ResearchRunContext run) {
        boolean longOnly = recommendations.strategies().get(run.strategy).longOnly();
        String system = prompts.system(run.strategy, run.marketDate, longOnly);
        ArrayNode messages = JSON.arrayNode();
        messages.addObject().put("role", "user").put("content", prompts.firstMessage(run.strategy, run.marketDate));
        ArrayNode toolDefinitions = tools.definitions();
        String key = config.anthropic().apiKey().orElseThrow();
        TokenBudget budget = budget();
        for (int turn = 1; turn <= config.maxTurns(); turn++) {
            Optional<String> exhausted = budget.exhausted(repository.usage(run.budgetDay));
            if (exhausted.isPresent()) {
                throw new ResearchFailure(ResearchFailureKind.BUDGET_EXHAUSTED, exhausted.get()
                        + "; no further model call was made");
            }
            ObjectNode request = JSON.objectNode();
            request.put("model", config.model());
            request.put("max_tokens", config.maxTokens());
            request.put("system", system);
            request.set("messages", messages);
            request.set("tools", toolDefinitions);
            String body = request.toString();
            String call = "messages turn " + turn;
            String raw;
            try {
                raw = calls.call(AnthropicApi.NAME, () -> anthropic.createMessage(key, config.anthropic().version(),
                        body), (attempt, status, error) -> run.record(ResearchExchange.ANTHROPIC,
                                call + " (attempt " + attempt + ")", status, error));
            } catch (UpstreamCalls.Failed e) {
                throw new ResearchFailure(ResearchFailureKind.API_ERROR, e.getMessage());
            }
            run.turns = turn;
            run.record(ResearchExchange.ANTHROPIC, call, 200, raw);
            JsonNode response = message(raw);
            spend(run, budget, response.path("usage"));
            JsonNode content = response.get("content");
            String stopReason = response.path("stop_reason").asText("");
            switch (stopReason) {
                case "tool_use" -> {
                    messages.addObject().put("role", "assistant").set("content", content);
                    messages.addObject().put("role", "user").set("content", useTools(run, content));
                }
                case "end_turn", "stop_sequence" -> {
                    return text(content);
                }
                case "max_tokens" -> throw new ResearchFailure(ResearchFailureKind.TRUNCATED,
                        "the model's answer was cut off at max_tokens=" + config.maxTokens()
                                + " (tradeguard.research.max-tokens)");
                default -> throw new ResearchFailure(ResearchFailureKind.MODEL_STOPPED,
                        "the model stopped with stop_reason '" + stopReason + "' before a final answer");
            }
        }
        throw new ResearchFailure(ResearchFailureKind.TURN_LIMIT, "the model was still calling tools after "
                + config.maxTurns() + " turns (tradeguard.research.max-turns)");
    }

    private ArrayNode useTools(ResearchRunContext run, JsonNode content) {
        ArrayNode results = JSON.arrayNode();
        for (JsonNode block : content) {
            if (!"tool_use".equals(block.path("type").asText())) {
                continue;
            }
            ResearchTools.Result result = tools.execute(run, block.path("name").asText(), block.get("input"));
            ObjectNode toolResult = results.addObject();
            toolResult.put("type", "tool_result");
            toolResult.put("tool_use_id", block.path("id").asText());
            toolResult.put("content", result.content());
            if (result.error()) {
                toolResult.put("is_error", true);
            }
        }
        if (results.isEmpty()) {
            throw new ResearchFailure(ResearchFailureKind.MALFORMED_OUTPUT,
                    "the model stopped for tool use but asked for no tool");
        }
        return results;
    }

    private static JsonNode message(String raw) {
        JsonNode response;
        try {
            response = EventJson.mapper().readTree(raw == null ? "" : raw);
        } catch (JsonProcessingException e) {
            throw new ResearchFailure(ResearchFailureKind.MALFORMED_OUTPUT,
                    "the Messages API answer is not JSON: " + e.getOriginalMessage());
        }
        if (response == null || !response.path("content").isArray()) {
            throw new ResearchFailure(ResearchFailureKind.MALFORMED_OUTPUT,
                    "the Messages API answer carries no content array");
        }
        return response;
    }

    private static String text(JsonNode content) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asText())) {
                texts.add(block.path("text").asText());
            }
        }
        return String.join("\n", texts);
    }

    /** Books a response's tokens on the day; cache reads and writes count as input, to stay on the safe side. */
    private void spend(ResearchRunContext run, TokenBudget budget, JsonNode usage) {
        long input = usage.path("input_tokens").asLong(0) + usage.path("cache_creation_input_tokens").asLong(0)
                + usage.path("cache_read_input_tokens").asLong(0);
        long output = usage.path("output_tokens").asLong(0);
        run.inputTokens += input;
        run.outputTokens += output;
        repository.spend(run.budgetDay, input, output, budget.cost(input, output));
    }

    private TokenBudget budget() {
        ResearchConfig.Budget budget = config.budget();
        return new TokenBudget(budget.dailyTokens(), budget.dailyCostUsd(), budget.inputUsdPerMillionTokens(),
                budget.outputUsdPerMillionTokens());
    }
}

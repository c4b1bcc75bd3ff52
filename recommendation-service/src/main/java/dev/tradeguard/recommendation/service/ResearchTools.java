package dev.tradeguard.recommendation.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.recommendation.config.ResearchConfig;
import dev.tradeguard.recommendation.domain.ResearchExchange;
import dev.tradeguard.recommendation.domain.ResearchFailure;
import dev.tradeguard.recommendation.domain.ResearchFailureKind;
import dev.tradeguard.recommendation.messaging.FinancialDatasetsApi;

/**
 * The tools the model may call, each backed by one Financial Datasets endpoint; answers pass through as JSON text.
 * A bad tool input or an answer the data provider will never give (400, 404, 422) goes back to the model as a tool
 * error it can work around; a provider that fails after retries, or refuses the key, ends the run: research on
 * missing data is not research.
 */
@ApplicationScoped
public class ResearchTools {
    public static final String PRICE_SNAPSHOT = "get_price_snapshot";
    public static final String PRICES = "get_prices";
    public static final String FINANCIAL_METRICS = "get_financial_metrics";
    public static final String NEWS = "get_news";
    static final Set<Integer> ANSWERABLE_BY_MODEL = Set.of(400, 404, 422);
    private static final Pattern TICKER = Pattern.compile("[A-Z][A-Z0-9]{0,5}([.-][A-Z]{1,2})?");
    private static final int DEFAULT_HISTORY_DAYS = 90;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    @RestClient
    FinancialDatasetsApi api;

    @Inject
    UpstreamCalls calls;

    @Inject
    ResearchConfig config;

    /** What one tool call gives the model back. */
    public record Result(String content, boolean error) {
    }

    /** The {@code tools} of a Messages API request. */
    public ArrayNode definitions() {
        ArrayNode tools = JSON.arrayNode();
        tools.add(tool(PRICE_SNAPSHOT, "The latest price of a US stock (price, day change, time).", ticker()));
        ObjectNode history = ticker();
        ((ObjectNode) history.get("properties")).set("start_date", property("string",
                "First day, YYYY-MM-DD; default " + DEFAULT_HISTORY_DAYS + " days before end_date"));
        ((ObjectNode) history.get("properties")).set("end_date", property("string",
                "Last day, YYYY-MM-DD; default today"));
        tools.add(tool(PRICES, "Daily open/high/low/close/volume bars of a US stock, at most "
                + config.financialDatasets().maxHistoryDays() + " days.", history));
        tools.add(tool(FINANCIAL_METRICS, "Current financial metrics of a company: valuation (P/E, EV/EBITDA, free"
                + " cash flow yield), margins, growth, leverage, dividend.", ticker()));
        ObjectNode news = ticker();
        ((ObjectNode) news.get("properties")).set("limit", property("integer",
                "How many recent articles, 1 to " + config.financialDatasets().maxNews() + "; default 10"));
        tools.add(tool(NEWS, "Recent news articles about a company, newest first.", news));
        return tools;
    }

    Result execute(ResearchRunContext run, String name, JsonNode input) {
        String call = name + " " + (input == null ? "{}" : input.toString());
        String ticker = input == null ? null : input.path("ticker").asText(null);
        if (ticker == null || !TICKER.matcher(ticker).matches()) {
            return refuse(run, call, "ticker must be an upper-case US stock symbol such as AAPL or BRK.B, got "
                    + (ticker == null ? "nothing" : "'" + ticker + "'"));
        }
        String key = config.financialDatasets().apiKey().orElseThrow();
        return switch (name) {
            case PRICE_SNAPSHOT -> fetch(run, call, () -> api.priceSnapshot(key, ticker));
            case FINANCIAL_METRICS -> fetch(run, call, () -> api.financialMetricsSnapshot(key, ticker));
            case NEWS -> {
                int max = config.financialDatasets().maxNews();
                int limit = input.path("limit").isInt() ? input.get("limit").asInt() : Math.min(10, max);
                if (limit < 1 || limit > max) {
                    yield refuse(run, call, "limit must be between 1 and " + max + ", got " + limit);
                }
                yield fetch(run, call, () -> api.news(key, ticker, limit));
            }
            case PRICES -> prices(run, call, key, ticker, input);
            default -> refuse(run, call, "unknown tool '" + name + "'; the tools are " + PRICE_SNAPSHOT + ", "
                    + PRICES + ", " + FINANCIAL_METRICS + ", " + NEWS);
        };
    }

    private Result prices(ResearchRunContext run, String call, String key, String ticker, JsonNode input) {
        LocalDate end;
        LocalDate start;
        try {
            end = input.hasNonNull("end_date") ? LocalDate.parse(input.get("end_date").asText()) : run.budgetDay;
            start = input.hasNonNull("start_date") ? LocalDate.parse(input.get("start_date").asText())
                    : end.minusDays(DEFAULT_HISTORY_DAYS);
        } catch (DateTimeParseException e) {
            return refuse(run, call, "start_date and end_date must be dates like 2026-03-10: " + e.getParsedString());
        }
        long days = ChronoUnit.DAYS.between(start, end);
        int max = config.financialDatasets().maxHistoryDays();
        if (days < 0 || days > max) {
            return refuse(run, call, "start_date must be on or before end_date and at most " + max
                    + " days before it, got " + start + " to " + end);
        }
        return fetch(run, call, () -> api.prices(key, ticker, "day", 1, start.toString(), end.toString()));
    }

    private Result fetch(ResearchRunContext run, String call, Supplier<String> request) {
        String body;
        try {
            body = calls.call(FinancialDatasetsApi.NAME, request, (attempt, status, error) -> run.record(
                    ResearchExchange.FINANCIAL_DATASETS, call + " (attempt " + attempt + ")", status, error));
        } catch (UpstreamCalls.Failed e) {
            if (!e.retryable() && e.status() != null && ANSWERABLE_BY_MODEL.contains(e.status())) {
                return new Result(e.getMessage(), true);
            }
            throw new ResearchFailure(ResearchFailureKind.DATA_UNAVAILABLE, e.getMessage());
        }
        run.record(ResearchExchange.FINANCIAL_DATASETS, call, 200, body);
        return new Result(truncate(body), false);
    }

    private static Result refuse(ResearchRunContext run, String call, String message) {
        run.record(ResearchExchange.FINANCIAL_DATASETS, call, null, "not called: " + message);
        return new Result(message, true);
    }

    private String truncate(String body) {
        int max = config.maxToolResultChars();
        if (body == null) {
            return "";
        }
        return body.length() <= max ? body
                : body.substring(0, max) + "\n[truncated: " + max + " of " + body.length() + " characters shown]";
    }

    private static ObjectNode tool(String name, String description, ObjectNode schema) {
        ObjectNode tool = JSON.objectNode();
        tool.put("name", name);
        tool.put("description", description);
        tool.set("input_schema", schema);
        return tool;
    }

    private static ObjectNode ticker() {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set("ticker", property("string", "US stock symbol, upper case, e.g. AAPL"));
        schema.putArray("required").add("ticker");
        return schema;
    }

    private static ObjectNode property(String type, String description) {
        ObjectNode property = JSON.objectNode();
        property.put("type", type);
        property.put("description", description);
        return property;
    }
}

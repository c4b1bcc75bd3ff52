package dev.tradeguard.recommendation.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.recommendation.config.ResearchConfig;

/**
 * The system prompt of a strategy: its template ({@code <strategy>.md} from {@code tradeguard.research.prompt-dir},
 * else the built-in one) followed by the answer contract the generator parses. Placeholders: {@code {{strategy}}},
 * {@code {{market_date}}}, {@code {{max_ideas}}}.
 */
@ApplicationScoped
public class ResearchPrompts {
    static final String BUILT_IN = "research/prompts/";
    static final String CONTRACT = "output-contract.md";

    @Inject
    ResearchConfig config;

    /** The strategy's template, or empty when it has none. */
    public Optional<String> template(String strategy) {
        if (config.promptDir().isPresent()) {
            Path file = config.promptDir().get().resolve(strategy + ".md");
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read prompt template " + file, e);
                }
            }
        }
        return builtIn(strategy + ".md");
    }

    public String system(String strategy, LocalDate marketDate, boolean longOnly) {
        String template = template(strategy).orElseThrow(
                () -> new IllegalStateException("no prompt template for strategy " + strategy));
        String contract = builtIn(CONTRACT).orElseThrow(() -> new IllegalStateException("no " + CONTRACT));
        return (template + contract)
                .replace("{{strategy}}", strategy)
                .replace("{{market_date}}", marketDate.toString())
                .replace("{{max_ideas}}", Integer.toString(config.maxIdeas()))
                .replace("{{long_only_note}}", longOnly ? ", long only: buy and sell sides only" : "");
    }

    public String firstMessage(String strategy, LocalDate marketDate) {
        return "Research today's trade ideas for " + strategy + " for the session of " + marketDate
                + ". Use the tools for prices, price history, financial metrics and news, then give your final answer"
                + " with the JSON block.";
    }

    private static Optional<String> builtIn(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUILT_IN + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in prompt " + name, e);
        }
    }
}

package dev.tradeguard.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tradeguard.model.AutomationLevel;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.risk.domain.AccountState;
import dev.tradeguard.risk.domain.Evaluation;
import dev.tradeguard.risk.domain.Limits;
import dev.tradeguard.risk.domain.Position;
import dev.tradeguard.risk.domain.PriceFreshness;
import dev.tradeguard.risk.domain.RiskContext;
import dev.tradeguard.risk.service.RiskChecks;

/**
 * The full check pipeline of risk-service (validate → size → pre-trade checks → gate → throttle) for one
 * recommendation that passes every check, so every check runs. No I/O: this is the engine's own cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RiskEngineBenchmark {
    static final Instant NOW = Instant.parse("2026-02-17T15:00:00Z");
    final Recommendation recommendation = new Recommendation(UUID.randomUUID(), 1, "PA-DEE", "DEE-BOT",
            NOW.minusSeconds(60), "rec-bench", "JNJ", Side.BUY, null, new BigDecimal("155.50"), new BigDecimal("143.06"),
            new BigDecimal("171.05"), new BigDecimal("0.85"), "bench", null, null, null, NOW.plusSeconds(3600));
    final RiskContext context = new RiskContext(new Limits("DEE-BOT", "PA-DEE", BigDecimal.ONE, true,
            new BigDecimal("0.05"), new BigDecimal("0.10"), new BigDecimal("0.25"), new BigDecimal("0.02"), 10, 3, true,
            new BigDecimal("0.08"), new BigDecimal("0.20"), true, 30, true, new BigDecimal("0.005"), 60,
            AutomationLevel.APPROVE_ALL, 3, new BigDecimal("0.10"), Duration.ofMinutes(5), 10, new BigDecimal("0.03"),
            new BigDecimal("0.70"), new BigDecimal("25000"), 10_000),
            new AccountState("PA-DEE", new BigDecimal("100000"), new BigDecimal("100000"), new BigDecimal("60000"),
                    new BigDecimal("120000"), 1, true, NOW.minusSeconds(30), new BigDecimal("100000"),
                    NOW.minusSeconds(30)),
            Map.of("PG", new Position("PG", new BigDecimal("10"), new BigDecimal("150"), new BigDecimal("152"))),
            new PriceFreshness(true, null, NOW.minusSeconds(60), ""), TradingState.ACTIVE, NOW, 1, 0, false, 0, false,
            0);

    @Benchmark
    public Evaluation fullCheckPipeline() {
        Evaluation evaluation = RiskChecks.evaluate(recommendation, context);
        if (!evaluation.passed()) {
            throw new IllegalStateException("the benchmark order must pass every check: " + evaluation.denial());
        }
        return evaluation;
    }
}

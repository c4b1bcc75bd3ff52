package dev.tradeguard.testing.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * A fault campaign against a running {@link LocalPipeline}: steady {@link Load}, a seeded {@link Nemesis} injecting
 * {@code faults} faults at random moments (up to {@code maxOverlap} at once), then — with the load stopped and every
 * fault healed — the {@link Checker} until the histories agree or the settling time is up, and a {@link ChaosReport}.
 * The seed fixes which faults, on which targets, with which parameters and gaps; the timing of the processes does not
 * repeat exactly.
 */
public final class Campaign {
    /**
     * The strategies the load trades, all on the pipeline's one account (execution-service places for one account):
     * half approved by a person, half automatically. Many strategies and symbols, because recommendation-service takes
     * one buy per strategy, symbol and market day and risk-service allows a strategy at most 50 new positions a day,
     * and the campaign's day does not change: {@value #STRATEGIES_PER_KIND} x 2 strategies x {@value #SYMBOL_COUNT}
     * symbols is how many entries a campaign can make.
     */
    static final int STRATEGIES_PER_KIND = 6;
    static final int SYMBOL_COUNT = 60;
    public static final List<String> MANUAL_STRATEGIES = names("CHAOS-M", STRATEGIES_PER_KIND);
    public static final List<String> AUTO_STRATEGIES = names("CHAOS-A", STRATEGIES_PER_KIND);
    /** The campaign's own symbols, CHAA to CHCH, at start prices from 20 to 138. */
    static final Map<String, java.math.BigDecimal> SYMBOLS = symbols();
    /** The services' Kafka consumers give up on a member silent for this long; a pause lasts longer. */
    static final int KAFKA_SESSION_TIMEOUT_MS = 6_000;
    private static final Duration SETTLE = Duration.ofMinutes(3);

    /**
     * A campaign: its seed, how many faults, how many may overlap, how often the load recommends (a long campaign
     * recommends less often, so it does not use up the day's {@link #SYMBOL_COUNT}-symbol budget early), and where the
     * report goes.
     */
    public record Settings(long seed, int faults, int maxOverlap, Duration recommendationInterval, Path reportDir) {
        /** The load's pace for {@code faults} faults: 0.7 s for a short campaign, 1 s for 200, 3 s from 600. */
        public static Duration paceFor(int faults) {
            return Duration.ofMillis(Math.min(3_000, Math.max(700, faults * 5L)));
        }
    }

    /** The campaign's report and whether it found nothing wrong. */
    public record Outcome(ChaosReport report, Path markdown, Path json) {
        public boolean clean() {
            return report.result().violations().isEmpty() && report.nemesisErrors().isEmpty();
        }
    }

    /**
     * How often each kind is drawn: the cheap faults of the simulator and the webhooks often, a service's restart
     * (tens of seconds of CPU on two cores) less.
     */
    private static final Map<FaultKind, Integer> WEIGHTS = Map.ofEntries(
            Map.entry(FaultKind.SERVICE_KILL, 2), Map.entry(FaultKind.SERVICE_PAUSE, 1),
            Map.entry(FaultKind.KAFKA_RESTART, 1), Map.entry(FaultKind.POSTGRES_CONNECTIONS_TERMINATED, 2),
            Map.entry(FaultKind.BROKER_ACCEPT_THEN_FAIL, 1), Map.entry(FaultKind.BROKER_FAIL_REQUESTS, 1),
            Map.entry(FaultKind.BROKER_REJECT_ORDERS, 1), Map.entry(FaultKind.BROKER_SLOW, 1),
            Map.entry(FaultKind.BROKER_RATE_LIMITED, 1), Map.entry(FaultKind.BROKER_STREAM_DROPPED, 1),
            Map.entry(FaultKind.BROKER_FILL_NOT_STREAMED, 1), Map.entry(FaultKind.WEBHOOK_OUTAGE, 1));

    private Campaign() {
    }

    /**
     * What the pipeline needs for a campaign, to pass to {@link LocalPipeline#start(Path, Map)}: the strategies, the
     * highest limits risk-service accepts, and a Kafka session timeout a pause can outlast in seconds.
     */
    public static Map<String, List<String>> pipelineProperties() {
        List<String> kafka = List.of("-Dkafka.session.timeout.ms=" + KAFKA_SESSION_TIMEOUT_MS,
                "-Dkafka.heartbeat.interval.ms=2000");
        List<String> recommendation = new ArrayList<>(kafka);
        List<String> risk = new ArrayList<>(kafka);
        // the pipeline's own strategy keeps a tenth of the capital; the campaign's share the rest
        risk.add("-Dtradeguard.risk.strategies.\"" + LocalPipeline.STRATEGY + "\".capital-allocation-pct=0.1");
        String share = new java.math.BigDecimal("0.9").divide(java.math.BigDecimal.valueOf(2L * STRATEGIES_PER_KIND),
                3, java.math.RoundingMode.DOWN).toPlainString();
        List<String> all = new ArrayList<>(MANUAL_STRATEGIES);
        all.addAll(AUTO_STRATEGIES);
        for (String strategy : all) {
            String limits = "-Dtradeguard.risk.strategies.\"" + strategy + "\".";
            recommendation.add("-Dtradeguard.recommendation.strategies.\"" + strategy + "\".long-only=true");
            recommendation.add("-Dtradeguard.recommendation.accounts.\"" + strategy + "\".paper="
                    + LocalPipeline.ACCOUNT);
            risk.add(limits + "account=" + LocalPipeline.ACCOUNT);
            risk.add(limits + "capital-allocation-pct=" + share);
            risk.add(limits + "max-position-size-pct=0.25");
            risk.add(limits + "max-positions-per-day=50");
            risk.add(limits + "max-concurrent-positions=100");
            risk.add(limits + "max-orders-per-minute=200");
            boolean manual = MANUAL_STRATEGIES.contains(strategy);
            risk.add(limits + "require-manual-approval=" + manual);
            risk.add(limits + "automation-level=" + (manual ? "APPROVE_ALL" : "FULL_AUTO"));
        }
        // Alpaca's free iex feed (the simulator's default) allows 30 trade and quote channels: 15 held symbols. The
        // campaign holds more, and is not about that limit (docs/reliability.md), so the simulator lifts it.
        List<String> simulator = List.of("-Dbroker-simulator.market.symbols=SPY:500.00," + SYMBOLS.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().toPlainString()).sorted()
                .collect(java.util.stream.Collectors.joining(",")),
                "-Dbroker-simulator.market-data-stream.symbol-limit=0");
        return Map.of("broker-simulator", simulator, "recommendation-service", recommendation, "risk-service", risk,
                "execution-service", kafka, "monitor-service", kafka, "alert-service", kafka);
    }

    private static List<String> names(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }

    private static Map<String, java.math.BigDecimal> symbols() {
        Map<String, java.math.BigDecimal> symbols = new java.util.TreeMap<>();
        for (int i = 0; i < SYMBOL_COUNT; i++) {
            String symbol = "CH" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            symbols.put(symbol, java.math.BigDecimal.valueOf(20 + 2L * i).setScale(2));
        }
        return java.util.Collections.unmodifiableMap(symbols);
    }

    public static Outcome run(LocalPipeline pipeline, Settings settings) {
        Instant started = Instant.now();
        EventLog log = new EventLog();
        Nemesis nemesis = new Nemesis(pipeline, log);
        List<String> nemesisErrors = new CopyOnWriteArrayList<>();
        Random random = new Random(settings.seed());
        List<FaultKind> bag = new ArrayList<>();
        WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> bag.addAll(java.util.Collections.nCopies(e.getValue(), e.getKey())));
        ExecutorService pool = Executors.newFixedThreadPool(settings.maxOverlap(), r -> {
            Thread thread = new Thread(r, "chaos-nemesis");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore slots = new Semaphore(settings.maxOverlap());
        Load load = new Load(pipeline, log, settings.seed(), settings.recommendationInterval());
        Instant settledFrom;
        Checker.Result result;
        try {
            load.start();
            Awaitility.await("the load under way").atMost(Duration.ofMinutes(1))
                    .until(() -> load.recommendationIds().size() >= 3);
            for (int number = 1; number <= settings.faults(); number++) {
                FaultKind kind = bag.get(random.nextInt(bag.size()));
                Random own = new Random(settings.seed() * 31 + number);
                String target = nemesis.target(kind, own);
                slots.acquireUninterruptibly();
                while (!nemesis.claim(target)) {
                    // the target is under another fault: this one waits its turn
                    Nemesis.sleep(Duration.ofMillis(200));
                }
                int faultNumber = number;
                pool.submit(() -> {
                    try {
                        nemesis.inject(faultNumber, kind, target, own);
                    } catch (RuntimeException | Error e) {
                        nemesisErrors.add("#" + faultNumber + " " + kind + " on " + target + ": " + e);
                        log.add("nemesis", "#" + faultNumber + " " + kind + " on " + target + " failed: " + e);
                    } finally {
                        slots.release();
                    }
                });
                Nemesis.sleep(Duration.ofMillis(300 + random.nextInt(1_700)));
            }
            pool.shutdown();
            if (!pool.awaitTermination(15, TimeUnit.MINUTES)) {
                nemesisErrors.add("faults still running after 15 minutes");
            }
            load.stopTrading();
            log.add("campaign", "load stopped after " + load.recommendationIds().size() + " recommendations");
            nemesis.healEverything();
            settledFrom = Instant.now();
            result = settle(pipeline, load);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("campaign interrupted", e);
        } finally {
            pool.shutdownNow();
            load.close();
        }
        ChaosReport report = new ChaosReport(settings, started, settledFrom, Instant.now(), nemesis.injected(),
                nemesisErrors, result, log, load.recommendationIds().size(), load.personDecisions(),
                load.resumes(), load.refusedCalls());
        return report.write(settings.reportDir());
    }

    /** Lets the pipeline finish what the faults left in flight, re-checking until the histories agree. */
    private static Checker.Result settle(LocalPipeline pipeline, Load load) {
        Checker checker = new Checker(pipeline, load.recommendationIds());
        AtomicReference<Checker.Result> last = new AtomicReference<>();
        try {
            Awaitility.await("the pipeline settled: every invariant holds").atMost(SETTLE)
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        load.personAndOfficerOnce();
                        last.set(checker.check());
                        return last.get().violations().isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            // what is still wrong after the settling time are the violations
        }
        return last.get() == null ? checker.check() : last.get();
    }
}

package dev.tradeguard.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;
import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * The pipeline measured end to end: the packaged broker simulator and five services as separate processes
 * ({@link LocalPipeline}) on the in-JVM broker the floor was measured on. In order: footprint at rest, positions to
 * work with, warm-up, the warning path, the decision path at 10/s, the kill switch, the execution leg's ramp, the
 * decision path at 100/s, the risk decision's ramp, and a solo restart of each service. Every phase records what it
 * measured or why it could not; one failing phase does not stop the others. docs/performance.md says why each phase is
 * built the way it is.
 */
final class PipelineBench {
    record Settings(int decisionSeconds, int burstCount, int killSwitchTrials, int killSwitchApprovalsPerSecond,
            int warningTrials, int rampSeconds, List<Integer> executionRampRates, List<Integer> riskRampRates) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.decision-seconds", 10),
                    Math.min(DECISION_SYMBOLS.size(), Integer.getInteger("bench.burst-count", DECISION_SYMBOLS.size())),
                    Integer.getInteger("bench.kill-switch-trials", 12),
                    Integer.getInteger("bench.kill-switch-approvals", 20),
                    Integer.getInteger("bench.warning-trials", 12), Integer.getInteger("bench.ramp-seconds", 5),
                    rates("bench.execution-ramp-rates", "10,20,40,80"), rates("bench.risk-ramp-rates", "50,100,200,400"));
        }

        private static List<Integer> rates(String property, String defaults) {
            return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        }
    }

    /**
     * One offered rate on one path. {@code decision}: until risk-service's decision reached a consumer on Kafka;
     * {@code decisionPublished}: until risk-service's outbox relay sent it (the record's create time, ms precision);
     * {@code achievedPerSecond}: what arrived, over the time from the first due to the last arrival;
     * {@code brokerSubmitMeanMs}: execution-service's own mean time per POST /v2/orders meanwhile (its submit timer);
     * {@code coresBusy}: CPU per process over the step, in cores ({@link CpuUse});
     * {@code snapshotsPerSecond}: positions events published meanwhile (execution-service publishes one after fills).
     */
    record StepResult(String path, String how, int offeredPerSecond, long sent, long approved, long denied,
            Map<String, Long> deniedBy, long placed, long lost, LatencyResult endToEnd, LatencyResult decision,
            LatencyResult decisionPublished, LatencyResult execution, double achievedPerSecond,
            double brokerSubmitMeanMs, Map<String, Double> coresBusy, double snapshotsPerSecond, boolean sustained) {
    }

    /**
     * One kill-switch trial, timed from the breaching tick (the bench's clock just before it set the price at the
     * simulator, which streams it to execution-service at once); {@code breachEventKind}: the kind of the first
     * {@code positions} event that showed the breach.
     */
    record KillSwitchTrial(int trial, double tickToHaltedMs, double tickToCancelMs, double breachEventToHaltedMs,
            String breachEventKind, int ordersAfterTick, int ordersAfterCancel, int afterTickNotCancelled,
            double lastOrderAfterTickMs) {
    }

    record KillSwitchResult(int trials, int approvalsPerSecond, LatencyResult tickToHalted,
            LatencyResult tickToCancel, LatencyResult breachEventToHalted, Map<String, Long> breachEventKinds,
            int ordersAfterTick, int ordersAfterCancel, int afterTickNotCancelled, List<KillSwitchTrial> perTrial) {
    }

    /**
     * {@code priceToSimulatorFillMs}: until the simulator published the stop's fill (variant (a) only);
     * {@code priceToEventMs}: until the middle event was on Kafka (the stop's fill on {@code fills}, or the positions
     * snapshot showing the price).
     */
    record WarningTrial(String symbol, double priceToSimulatorFillMs, double priceToEventMs, double eventToAlertMs,
            double alertToWebhookMs, double totalMs, double eventToWebhookMs) {
    }

    record WarningSummary(String variant, int trials, LatencyResult total, LatencyResult priceToEvent,
            LatencyResult eventToWebhook, LatencyResult alertToWebhook, List<WarningTrial> perTrial) {
    }

    /** {@code alertServiceAtRandomMoments}: STOP_LOSS_HIT alerts the bench published itself, to the webhook. */
    record WarningResult(WarningSummary stopFilled, WarningSummary positionWatch,
            LatencyResult alertServiceAtRandomMoments, int slackBacklogAtStart, double slackDrainSeconds) {
    }

    record Footprint(String process, double concurrentStartReadySeconds, double soloRestartReadySeconds,
            double rssIdleMiB, double rssPeakUnderLoadMiB) {
    }

    static final String ACCOUNT = LocalPipeline.ACCOUNT;
    static final List<String> STRATEGIES = List.of(LocalPipeline.STRATEGY, "BENCH-1", "BENCH-2", "BENCH-3", "BENCH-4",
            "BENCH-5", "BENCH-6", "BENCH-7", "BENCH-8", "BENCH-9");
    static final List<String> DECISION_SYMBOLS = IntStream.rangeClosed(1, 70)
            .mapToObj(i -> String.format("DP%02d", i)).toList();
    static final List<String> WARNING_SYMBOLS = IntStream.rangeClosed(1, 24)
            .mapToObj(i -> String.format("WP%02d", i)).toList();
    static final String DECISION_PRICE = "50.00";
    static final String WARNING_PRICE = "40.00";
    static final String WARNING_STOP = "38.00";
    static final String WARNING_CROSSED = "37.50";
    static final String LOSS = "LOSS";
    static final int LOSS_QUANTITY = 250;
    static final String KILL = "KSW";
    static final String RAMP = "XRMP";
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Phases left out, by name (for working on the bench itself): -Dbench.skip=kill switch,risk ramp */
    static final Set<String> SKIPPED = Arrays.stream(System.getProperty("bench.skip", "").split(","))
            .map(String::trim).collect(java.util.stream.Collectors.toSet());
    /**
     * Services to profile with Java Flight Recorder (profiling settings), by process name: -Dbench.jfr=risk-service.
     * Each writes {@code <workDir>/<name>.jfr} when it stops; read it with {@code jfr print --events jdk.ExecutionSample}.
     */
    static final Set<String> PROFILED = Arrays.stream(System.getProperty("bench.jfr", "").split(","))
            .map(String::trim).filter(name -> !name.isEmpty()).collect(java.util.stream.Collectors.toSet());

    private final Settings settings;
    private final Path workDir;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final AtomicInteger strategyTurn = new AtomicInteger();
    private final Map<String, Long> rssPeakKiB = new ConcurrentHashMap<>();
    private final Map<String, Long> rssIdleKiB = new LinkedHashMap<>();
    private final Map<String, Double> concurrentReady = new LinkedHashMap<>();
    private final Map<String, Double> soloReady = new LinkedHashMap<>();
    private final AtomicBoolean sampling = new AtomicBoolean();
    private LocalPipeline pipeline;
    private EventTap tap;
    private TradeUpdateTap trades;
    private KafkaProducer<String, String> producer;
    private long lastDecisionApprovalMicros;
    private int symbolTurn;
    private double idleMachineCores = 1.0;

    PipelineBench(Settings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    /** Runs every phase; the results by name, plus "notes" (what could not be measured, and why). */
    Map<String, Object> run() {
        results.put("settings", settings);
        try {
            phase("start", this::start);
            phase("idle", this::idle);
            phase("positions", this::positions);
            phase("warm-up", this::warmUp);
            phase("warning path", this::warningPath);
            phase("decision positions", this::decisionPositions);
            phase("decision 10/s", () -> {
                StepResult step = recommendationStep("decision path", settings.decisionSeconds() + " s at 10/s",
                        10, 10 * settings.decisionSeconds());
                results.put("decision10", step);
                lastDecisionApprovalMicros = Timing.nowMicros();
            });
            phase("kill switch", this::killSwitch);
            phase("execution ramp", this::executionRamp);
            phase("decision 100/s", this::decisionBurst);
            phase("risk ramp", this::riskRamp);
            sampling.set(false);
            phase("restarts", this::restarts);
            results.put("footprint", footprint());
        } finally {
            sampling.set(false);
            close();
        }
        results.put("notes", notes);
        return results;
    }

    private void phase(String name, ThrowingRunnable body) {
        if (SKIPPED.contains(name)) {
            notes.add(name + ": skipped (-Dbench.skip)");
            return;
        }
        long started = System.nanoTime();
        System.out.printf("pipeline: %s ...%n", name);
        try {
            body.run();
        } catch (Exception | AssertionError e) {
            String note = name + ": not measured: " + e;
            notes.add(note);
            System.out.println("pipeline: " + note);
            e.printStackTrace(System.out);
        }
        System.out.printf("pipeline: %s done in %.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    // ------------------------------------------------------------------------------------------------ phases

    private void start() {
        long started = System.nanoTime();
        pipeline = LocalPipeline.start(workDir, extraProperties());
        LocalPipeline running = pipeline;
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "bench-pipeline-stop"));
        results.put("pipelineStartSeconds", (System.nanoTime() - started) / 1e9);
        List<ServiceProcess> all = new ArrayList<>();
        all.add(pipeline.simulator());
        all.addAll(pipeline.services());
        all.forEach(p -> concurrentReady.put(p.name(), p.timeToReady().toMillis() / 1000.0));
        tap = new EventTap(pipeline.bootstrapServers(), List.of(Topics.APPROVED_ORDERS, Topics.ALERTS,
                Topics.POSITIONS, Topics.TRADING_STATE, Topics.FILLS));
        producer = new KafkaProducer<>(KafkaFloor.producerSettings(pipeline.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
        require("execution-service knows " + ACCOUNT + " is ACTIVE", PATIENCE, () -> "ACTIVE".equals(
                viewer().get(pipeline.execution().baseUrl() + "/trading-state/" + ACCOUNT).body().path("state")
                        .asText()));
        require("risk-service has an account snapshot", PATIENCE,
                () -> viewer().get(pipeline.risk().baseUrl() + "/accounts/" + ACCOUNT).status() == 200);
        trades = TradeUpdateTap.connect(pipeline.simulator().baseUrl(), LocalPipeline.SIMULATOR_KEY_ID,
                LocalPipeline.SIMULATOR_SECRET_KEY);
        Thread sampler = new Thread(this::sampleRss, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private Map<String, List<String>> extraProperties() {
        List<String> risk = new ArrayList<>();
        for (String strategy : STRATEGIES) {
            String key = "-Dtradeguard.risk.strategies.\"" + strategy + "\".";
            risk.addAll(List.of(key + "account=" + ACCOUNT, key + "capital-allocation-pct=0.1",
                    key + "require-manual-approval=false", key + "automation-level=FULL_AUTO",
                    key + "max-position-size-pct=0.25", key + "max-positions-per-day=50",
                    key + "max-concurrent-positions=100", key + "max-orders-per-minute=200"));
        }
        // the warning path's stop-outs are losing closes: the default 3 in a row would halt the account
        risk.add("-Dtradeguard.risk.accounts.\"" + ACCOUNT + "\".max-consecutive-losses=20");
        StringBuilder symbols = new StringBuilder(LocalPipeline.SYMBOLS);
        DECISION_SYMBOLS.forEach(s -> symbols.append(',').append(s).append(':').append(DECISION_PRICE));
        WARNING_SYMBOLS.forEach(s -> symbols.append(',').append(s).append(':').append(WARNING_PRICE));
        symbols.append(',').append(KILL).append(":100.00,").append(RAMP).append(":1.00");
        Map<String, List<String>> extra = new LinkedHashMap<>();
        extra.put("broker-simulator", new ArrayList<>(List.of("-Dbroker-simulator.market.symbols=" + symbols,
                "-Dbroker-simulator.requests-per-minute=1000000")));
        extra.put("risk-service", risk);
        // SIP: the bench holds ~100 symbols, and IEX allows 30 trade+quote channels (15 symbols with both)
        extra.put("execution-service", new ArrayList<>(List.of(
                "-Dtradeguard.execution.broker.requests-per-minute=1000000",
                "-Dtradeguard.execution.alpaca.data-feed=SIP")));
        for (String name : PROFILED) {
            extra.computeIfAbsent(name, n -> new ArrayList<>()).add("-XX:StartFlightRecording=settings=profile,"
                    + "dumponexit=true,filename=" + workDir.resolve(name + ".jfr"));
        }
        return extra;
    }

    private void idle() {
        Timing.sleep(Duration.ofSeconds(5));
        CpuUse.Sample before = cpu();
        Timing.sleep(Duration.ofSeconds(5));
        Map<String, Double> cores = CpuUse.between(before, cpu());
        idleMachineCores = cores.get("machine");
        results.put("idleCoresBusy", cores);
        for (ServiceProcess process : processes()) {
            rssIdleKiB.put(process.name(), process.residentKiB());
        }
        sampling.set(true);
    }

    /**
     * Before a measured step: waits (up to 30 s) until the machine is back near its idle CPU use for a whole second,
     * so a step does not start while the previous one's fills and snapshots are still being worked off.
     */
    private void awaitQuiet(String step) {
        long started = System.nanoTime();
        double threshold = idleMachineCores + 0.3;
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30)) {
            CpuUse.Sample before = cpu();
            Timing.sleep(Duration.ofSeconds(1));
            if (CpuUse.between(before, cpu()).get("machine") <= threshold) {
                return;
            }
        }
        notes.add(String.format(Locale.ROOT, "%s started on a machine still busier than %.2f cores after 30 s",
                step, threshold));
    }

    /**
     * What the later phases trade: 1 share of each warning symbol through risk-service (FULL_AUTO: monitor-service
     * learns each one's stop from its recommendation), the kill switch's LOSS position and the execution ramp's stock
     * of shares as approved orders straight onto {@code approved-orders}.
     */
    private void positions() {
        // the simulator's synthetic paths start near, not at, the configured price: print the prices traded here
        WARNING_SYMBOLS.forEach(symbol -> pipeline.setPrice(symbol, WARNING_PRICE));
        pipeline.setPrice(LOSS, "100.00");
        pipeline.setPrice(KILL, "100.00");
        pipeline.setPrice(RAMP, "1.00");
        publish(Topics.APPROVED_ORDERS, approved(LOSS, Side.BUY, LOSS_QUANTITY, "100.00", "80.00", "150.00",
                OrderClass.BRACKET));
        int rampShares = settings.executionRampRates().stream().mapToInt(r -> r * settings.rampSeconds()).sum()
                + 1_000;
        publish(Topics.APPROVED_ORDERS, approved(RAMP, Side.BUY, rampShares, "1.00", "0.90", "1.50",
                OrderClass.BRACKET));
        List<String> symbols = new ArrayList<>(WARNING_SYMBOLS);
        Timing.openLoop(10, symbols.size(), (i, due) -> publish(Topics.RECOMMENDATIONS, recommendation(
                UUID.randomUUID().toString(), symbols.get(i), Side.BUY, WARNING_PRICE, WARNING_STOP, "48.00", due)));
        producer.flush();
        Set<String> wanted = new HashSet<>(symbols);
        wanted.add(LOSS);
        wanted.add(RAMP);
        require("a position in each of " + wanted.size() + " symbols at the simulator", PATIENCE, () -> {
            Set<String> held = new HashSet<>();
            simulator("/v2/positions").forEach(p -> held.add(p.path("symbol").asText()));
            return held.containsAll(wanted);
        });
    }

    /** Not measured: JIT, connection pools and caches of every service warm up on the paths measured next. */
    private void warmUp() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        Set<String> decided = ConcurrentHashMap.newKeySet();
        Runnable stop = tap.listen(event -> {
            if (event.topic().equals(Topics.ALERTS) || event.topic().equals(Topics.APPROVED_ORDERS)) {
                String id = event.json().path("correlationId").asText();
                if (ids.contains(id)) {
                    decided.add(id);
                }
            }
        });
        // SPY is not held: each is DENIED (NO_POSITION_TO_REDUCE) after every query of a real decision
        Timing.openLoop(100, 300, (i, due) -> {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            publish(Topics.RECOMMENDATIONS, recommendation(id, "SPY", Side.SELL, "500.00", null, null, due));
        });
        Set<String> clientIds = ConcurrentHashMap.newKeySet();
        Timing.openLoop(50, 200, (i, due) -> {
            ApprovedOrder order = approved(RAMP, Side.SELL, 1, "1.00", null, null, OrderClass.SIMPLE);
            clientIds.add(clientOrderId(order));
            publish(Topics.APPROVED_ORDERS, order);
        });
        producer.flush();
        require("the warm-up recommendations decided", PATIENCE, () -> decided.size() == ids.size());
        stop.run();
        requireSlowly("the warm-up orders at the simulator", PATIENCE,
                () -> orderRequests().keySet().containsAll(clientIds));
    }

    /**
     * 1 share of each decision symbol, as approved orders straight onto {@code approved-orders} (so they use none of
     * risk-service's 200 orders/min): every recommendation of the decision path then adds to a held position, which
     * the concurrent-position limit does not count, and no two of a step's first 70 share a symbol, so none is denied
     * as CONFLICTING_OPEN_ORDER for its predecessor still working. With the warning symbols, LOSS and the ramp's
     * stock that makes 96 positions, within the 100 concurrent positions risk-service allows. Bought after the warning path: each first buy of a
     * symbol sends a POSITION_OPENED to Slack, which alert-service sends at 1 message/s.
     */
    private void decisionPositions() {
        for (String symbol : DECISION_SYMBOLS) {
            pipeline.setPrice(symbol, DECISION_PRICE);
            publish(Topics.APPROVED_ORDERS, approved(symbol, Side.BUY, 1, DECISION_PRICE, "47.50", "60.00",
                    OrderClass.BRACKET));
        }
        producer.flush();
        require("a position in each of the " + DECISION_SYMBOLS.size() + " decision symbols", PATIENCE, () -> {
            Set<String> held = new HashSet<>();
            simulator("/v2/positions").forEach(p -> held.add(p.path("symbol").asText()));
            return held.containsAll(DECISION_SYMBOLS);
        });
        require("risk-service sees the " + DECISION_SYMBOLS.size() + " decision positions held", PATIENCE,
                () -> viewer().get(pipeline.risk().baseUrl() + "/accounts/" + ACCOUNT).body().path("positions")
                        .asInt() >= DECISION_SYMBOLS.size());
    }

    private void decisionBurst() {
        long sinceLast = Timing.nowMicros() - lastDecisionApprovalMicros;
        long window = TimeUnit.SECONDS.toMicros(62);
        if (sinceLast < window) {
            notes.add("decision 100/s: waited " + (window - sinceLast) / 1_000_000 + " s so that the 10/s step's "
                    + "approvals left risk-service's one-minute order-rate window");
            Timing.sleep(Duration.ofNanos((window - sinceLast) * 1_000));
        }
        results.put("decision100", recommendationStep("decision path", settings.burstCount()
                + " at 100/s (one per held symbol; 200 orders/min is the most risk-service lets through)", 100,
                settings.burstCount()));
    }

    /**
     * Recommendations straight onto {@code recommendations} (what recommendation-service publishes), open loop; each
     * one's decision is seen on {@code approved-orders} or as an ORDER_DENIED alert (both carry the recommendation id
     * as correlation id), each approved order at the simulator by its client order id.
     */
    private StepResult recommendationStep(String path, String how, int rate, int count) {
        return recommendationStep(path, how, rate, count, null, Side.BUY);
    }

    private CpuUse.Sample cpu() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes().forEach(p -> pids.put(p.name(), p.pid()));
        pids.put("bench JVM (Kafka broker, load)", ProcessHandle.current().pid());
        return CpuUse.sample(pids);
    }

    /** {@code symbol} null: the decision symbols in turn. */
    private StepResult recommendationStep(String path, String how, int rate, int count, String symbol, Side side) {
        awaitQuiet(path + " " + how);
        double[] submitBefore = brokerSubmits();
        AtomicInteger snapshots = new AtomicInteger();
        CpuUse.Sample cpuBefore = cpu();
        String[] ids = new String[count];
        long[] due = new long[count];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < count; i++) {
            ids[i] = UUID.randomUUID().toString();
            index.put(ids[i], i);
        }
        Map<String, Long> approvedAt = new ConcurrentHashMap<>();
        Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        Map<String, String> clientIds = new ConcurrentHashMap<>();
        Map<String, Long> deniedAt = new ConcurrentHashMap<>();
        Map<String, String> deniedBy = new ConcurrentHashMap<>();
        Runnable stop = tap.listen(event -> {
            if (event.topic().equals(Topics.POSITIONS)) {
                snapshots.incrementAndGet();
            } else if (event.topic().equals(Topics.APPROVED_ORDERS)) {
                JsonNode order = event.json();
                String id = order.path("correlationId").asText();
                if (index.containsKey(id)) {
                    approvedAt.putIfAbsent(id, event.tappedMicros());
                    publishedAt.putIfAbsent(id, event.createdMicros());
                    clientIds.put(id, "tg-" + order.path("orderId").asText().replace("-", ""));
                }
            } else if (event.topic().equals(Topics.ALERTS)) {
                JsonNode alert = event.json();
                String id = alert.path("correlationId").asText();
                if ("ORDER_DENIED".equals(alert.path("alertType").asText()) && index.containsKey(id)) {
                    deniedAt.putIfAbsent(id, event.tappedMicros());
                    publishedAt.putIfAbsent(id, event.createdMicros());
                    deniedBy.put(id, alert.path("details").path("reason").asText("?"));
                }
            }
        });
        try {
            Timing.openLoop(rate, count, (i, dueMicros) -> {
                due[i] = dueMicros;
                if (symbol == null) {
                    publish(Topics.RECOMMENDATIONS, recommendation(ids[i], DECISION_SYMBOLS.get((symbolTurn++)
                            % DECISION_SYMBOLS.size()), side, DECISION_PRICE, "47.50", "60.00", dueMicros));
                } else {
                    publish(Topics.RECOMMENDATIONS, recommendation(ids[i], symbol, side, "500.00", null, null,
                            dueMicros));
                }
            });
            producer.flush();
            Timing.await(Duration.ofSeconds(60), () -> approvedAt.size() + deniedAt.size() >= count);
        } finally {
            stop.run();
        }
        Map<String, Long> requests = new HashMap<>();
        requireSlowly(null, Duration.ofSeconds(30), () -> {
            requests.putAll(orderRequests());
            return requests.keySet().containsAll(clientIds.values());
        });
        CpuUse.Sample cpuAfter = cpu();
        Histogram endToEnd = Timing.histogram();
        Histogram decision = Timing.histogram();
        Histogram published = Timing.histogram();
        Histogram execution = Timing.histogram();
        long placed = 0;
        long[] decidedAt = new long[count];
        for (int i = 0; i < count; i++) {
            Long approved = approvedAt.get(ids[i]);
            Long denied = deniedAt.get(ids[i]);
            if (publishedAt.containsKey(ids[i])) {
                Timing.record(published, due[i], publishedAt.get(ids[i]));
            }
            if (approved != null) {
                Timing.record(decision, due[i], approved);
                decidedAt[i] = approved;
                Long received = requests.get(clientIds.get(ids[i]));
                if (received != null) {
                    placed++;
                    Timing.record(endToEnd, due[i], received);
                    Timing.record(execution, approved, received);
                }
            } else if (denied != null) {
                Timing.record(decision, due[i], denied);
                decidedAt[i] = denied;
            }
        }
        double[] submitAfter = brokerSubmits();
        Map<String, Long> reasons = new TreeMap<>();
        deniedBy.values().forEach(reason -> reasons.merge(reason, 1L, Long::sum));
        long decided = approvedAt.size() + deniedAt.size();
        LatencyResult decisionLatency = LatencyResult.of(path + ": recommendation → decision on Kafka", rate, count,
                decided, decision);
        StepResult step = new StepResult(path, how, rate, count, approvedAt.size(), deniedAt.size(), reasons,
                placed, count - decided,
                LatencyResult.of(path + ": recommendation → order at the simulator", rate, approvedAt.size(), placed,
                        endToEnd),
                decisionLatency,
                LatencyResult.of(path + ": recommendation → decision sent by risk-service's outbox", rate, count,
                        publishedAt.size(), published),
                LatencyResult.of(path + ": approved order → order at the simulator", rate, approvedAt.size(), placed,
                        execution),
                perSecond(decidedAt), meanMillis(submitBefore, submitAfter), CpuUse.between(cpuBefore, cpuAfter),
                snapshots.get() / ((cpuAfter.nanos() - cpuBefore.nanos()) / 1e9),
                decided == count && placed == approvedAt.size() && decisionLatency.p99Micros() <= 1_000_000
                        && !growing(due, decidedAt));
        print(step);
        return step;
    }

    /**
     * The execution leg alone at rates the risk limits would never let through: approved sells of 1 share of the
     * ramp's stock straight onto {@code approved-orders} (every one fills at once; no bracket legs pile up).
     */
    private void executionRamp() {
        List<StepResult> steps = new ArrayList<>();
        for (int rate : settings.executionRampRates()) {
            int count = rate * settings.rampSeconds();
            awaitQuiet("execution leg at " + rate + "/s");
            double[] submitBefore = brokerSubmits();
            AtomicInteger snapshots = new AtomicInteger();
            Runnable counting = tap.listen(event -> {
                if (event.topic().equals(Topics.POSITIONS)) {
                    snapshots.incrementAndGet();
                }
            });
            CpuUse.Sample cpuBefore = cpu();
            String[] clientIds = new String[count];
            long[] due = new long[count];
            Timing.openLoop(rate, count, (i, dueMicros) -> {
                ApprovedOrder order = approved(RAMP, Side.SELL, 1, "1.00", null, null, OrderClass.SIMPLE);
                clientIds[i] = clientOrderId(order);
                due[i] = dueMicros;
                publish(Topics.APPROVED_ORDERS, order);
            });
            producer.flush();
            Map<String, Long> requests = new HashMap<>();
            requireSlowly(null, Duration.ofSeconds(20), () -> {
                requests.putAll(orderRequests());
                return requests.keySet().containsAll(Arrays.asList(clientIds));
            });
            CpuUse.Sample cpuAfter = cpu();
            counting.run();
            Histogram latency = Timing.histogram();
            long placed = 0;
            long[] arrivals = new long[count];
            for (int i = 0; i < count; i++) {
                Long received = requests.get(clientIds[i]);
                if (received != null) {
                    placed++;
                    arrivals[i] = received;
                    Timing.record(latency, due[i], received);
                }
            }
            LatencyResult result = LatencyResult.of("execution leg: approved order published → order at the "
                    + "simulator", rate, count, placed, latency);
            StepResult step = new StepResult("execution leg", settings.rampSeconds() + " s at " + rate + "/s", rate,
                    count, count, 0, Map.of(), placed, count - placed, result, null, null, result,
                    perSecond(arrivals), meanMillis(submitBefore, brokerSubmits()), CpuUse.between(cpuBefore, cpuAfter),
                    snapshots.get() / ((cpuAfter.nanos() - cpuBefore.nanos()) / 1e9),
                    placed == count && result.p99Micros() <= 1_000_000 && !growing(due, arrivals));
            steps.add(step);
            print(step);
            if (!step.sustained()) {
                drain("execution-service's backlog", () -> (long) orderRequests().size());
                break;
            }
        }
        results.put("executionRamp", steps);
        Timing.sleep(Duration.ofSeconds(3));
    }

    /**
     * risk-service's decisions alone: sells of SPY, which the account does not hold, so every one is DENIED
     * (NO_POSITION_TO_REDUCE) after the same reads as any decision, and nothing reaches execution-service; its
     * ORDER_DENIED alerts collapse into one Slack message. Approvals could not be ramped: past 200 orders a minute
     * risk-service denies them (ORDER_RATE_EXCEEDED) and execution-service is the slower leg anyway.
     */
    private void riskRamp() {
        List<StepResult> steps = new ArrayList<>();
        for (int rate : settings.riskRampRates()) {
            StepResult step = recommendationStep("risk decision", settings.rampSeconds() + " s at " + rate
                    + "/s, each denied", rate, rate * settings.rampSeconds(), "SPY", Side.SELL);
            steps.add(step);
            if (!step.sustained()) {
                break;
            }
        }
        results.put("riskRamp", steps);
    }

    /**
     * A price crossing a stop at the simulator, to the STOP_LOSS_HIT at the Slack webhook, both ways monitor-service
     * raises it: (a) the position's bracket stop order fills at the simulator, and the fill (trade update →
     * execution-service → {@code fills} → monitor-service) raises it; (b) the position has no working stop order (here:
     * cancelled), and the next positions snapshot showing the price through the stop raises it (the position watch).
     * Then alert-service alone, with alerts the bench publishes at random moments. Each trial starts on an empty Slack
     * queue with a full token bucket, so neither is measured.
     */
    private void warningPath() {
        awaitQuiet("warning path");
        int backlog = pendingSlack();
        long drainStart = System.nanoTime();
        quietSlack();
        double drained = (System.nanoTime() - drainStart) / 1e9;
        notes.add(String.format(Locale.ROOT, "warning path: %d Slack deliveries were queued before it (POSITION_OPENED"
                + " of the positions bought for the bench; alert-service sends Slack 1 message/s, oldest first); "
                + "waited %.0f s for the queue to drain, so the figures are for an empty queue", backlog, drained));
        int perVariant = Math.min(settings.warningTrials(), WARNING_SYMBOLS.size() / 2);
        List<String> withStops = WARNING_SYMBOLS.subList(0, perVariant);
        List<String> withoutStops = WARNING_SYMBOLS.subList(WARNING_SYMBOLS.size() / 2,
                WARNING_SYMBOLS.size() / 2 + perVariant);
        List<WarningTrial> stopFills = warningTrials(withStops, true);

        pipeline.simulatorApi().delete(pipeline.simulator().baseUrl() + "/v2/orders");
        require("no open order at the simulator", PATIENCE,
                () -> simulator("/v2/orders?status=open&limit=500").isEmpty());
        Timing.sleep(Duration.ofSeconds(2)); // the cancellations pass through execution-service and monitor-service
        List<WarningTrial> positionWatch = warningTrials(withoutStops, false);

        Histogram random = Timing.histogram();
        int injected = 0;
        int randomTrials = Math.max(1, perVariant / 2);
        for (int i = 1; i <= randomTrials; i++) {
            quietSlack();
            Timing.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1_000)));
            String symbol = String.format(Locale.ROOT, "ZQ%02d", i);
            String text = "Stop loss hit: " + symbol;
            long publishedAt = Timing.nowMicros();
            publish(Topics.ALERTS, Alert.of(Envelope.create(ACCOUNT, null, null), AlertType.STOP_LOSS_HIT, text,
                    symbol + " is at 0.99, at or below its stop of 1.00 (published by the bench).",
                    Map.of("symbol", symbol, "stopLoss", "1.00")));
            if (Timing.await(Duration.ofSeconds(10), () -> !pipeline.webhook().containing(text).isEmpty())) {
                Timing.record(random, publishedAt, pipeline.webhook().containing(text).stream()
                        .mapToLong(r -> Timing.micros(r.at())).min().orElseThrow());
                injected++;
            }
        }
        WarningResult result = new WarningResult(summary("(a) stop order filled", stopFills),
                summary("(b) no working stop: position watch", positionWatch),
                LatencyResult.of("alert-service alone: STOP_LOSS_HIT published at a random moment → at the webhook",
                        0, randomTrials, injected, random),
                backlog, drained);
        results.put("warningPath", result);
        System.out.printf(Locale.ROOT, "warning path   stop filled: price → webhook p50 %.0f ms p99 %.0f ms (%d); "
                + "no working stop: p50 %.0f ms p99 %.0f ms (%d); alert-service alone p50 %.0f ms p99 %.0f ms%n",
                result.stopFilled().total().p50Micros() / 1e3, result.stopFilled().total().p99Micros() / 1e3,
                result.stopFilled().trials(), result.positionWatch().total().p50Micros() / 1e3,
                result.positionWatch().total().p99Micros() / 1e3, result.positionWatch().trials(),
                result.alertServiceAtRandomMoments().p50Micros() / 1e3,
                result.alertServiceAtRandomMoments().p99Micros() / 1e3);
    }

    /**
     * One trial per symbol: the price through the stop, timed to the Slack message; {@code stopWorking}: the stop
     * order is at the simulator, and the middle event is the stop's fill on {@code fills}; otherwise the positions
     * snapshot showing the price.
     */
    private List<WarningTrial> warningTrials(List<String> symbols, boolean stopWorking) {
        List<WarningTrial> trials = new ArrayList<>();
        BigDecimal stop = new BigDecimal(WARNING_STOP);
        for (String symbol : symbols) {
            quietSlack();
            // a random phase against the services' schedules (execution's coalescing, snapshots), as a real move would have
            Timing.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1_000)));
            AtomicLong middleAt = new AtomicLong();
            AtomicLong alertAt = new AtomicLong();
            Runnable listening = tap.listen(event -> {
                if (stopWorking && event.topic().equals(Topics.FILLS)) {
                    JsonNode update = event.json();
                    if (symbol.equals(update.path("symbol").asText()) && "FILL".equals(update.path("event").asText())
                            && "SELL".equals(update.path("side").asText())) {
                        middleAt.compareAndSet(0, event.createdMicros());
                    }
                } else if (!stopWorking && event.topic().equals(Topics.POSITIONS) && middleAt.get() == 0
                        && showsPriceAtOrBelow(event.json(), symbol, stop)) {
                    middleAt.compareAndSet(0, event.createdMicros());
                } else if (event.topic().equals(Topics.ALERTS)) {
                    JsonNode alert = event.json();
                    if ("STOP_LOSS_HIT".equals(alert.path("alertType").asText())
                            && symbol.equals(alert.path("details").path("symbol").asText())) {
                        alertAt.compareAndSet(0, event.createdMicros());
                    }
                }
            });
            long priceAt = Timing.nowMicros();
            pipeline.setPrice(symbol, WARNING_CROSSED);
            String text = "Stop loss hit: " + symbol;
            boolean delivered = Timing.await(Duration.ofSeconds(20), () -> !pipeline.webhook().containing(text)
                    .isEmpty());
            Timing.await(Duration.ofSeconds(2), () -> middleAt.get() != 0 && alertAt.get() != 0);
            listening.run();
            pipeline.setPrice(symbol, WARNING_PRICE);
            if (!delivered || middleAt.get() == 0 || alertAt.get() == 0) {
                notes.add("warning path " + symbol + (stopWorking ? " (stop order filled)" : " (no working stop)")
                        + ": no STOP_LOSS_HIT at the webhook within 20 s (" + (stopWorking ? "fill" : "positions")
                        + " event seen " + (middleAt.get() != 0) + ", alert seen " + (alertAt.get() != 0) + ")");
                continue;
            }
            long webhookAt = pipeline.webhook().containing(text).stream().mapToLong(r -> Timing.micros(r.at())).min()
                    .orElseThrow();
            long simFill = trades.updates().stream().filter(u -> symbol.equals(u.symbol()) && "fill".equals(u.event())
                    && u.atMicros() >= priceAt).mapToLong(TradeUpdateTap.Update::atMicros).min().orElse(0);
            trials.add(new WarningTrial(symbol, stopWorking && simFill != 0 ? Timing.millis(simFill - priceAt)
                    : Double.NaN, Timing.millis(middleAt.get() - priceAt), Timing.millis(alertAt.get() - middleAt.get()),
                    Timing.millis(webhookAt - alertAt.get()), Timing.millis(webhookAt - priceAt),
                    Timing.millis(webhookAt - middleAt.get())));
        }
        return trials;
    }

    /** A positions event of either kind that values {@code symbol} at {@code price} or lower. */
    static boolean showsPriceAtOrBelow(JsonNode positionsEvent, String symbol, BigDecimal price) {
        Iterable<JsonNode> positions = positionsEvent.has("positions") ? positionsEvent.path("positions")
                : List.of(positionsEvent);
        for (JsonNode position : positions) {
            if (symbol.equals(position.path("symbol").asText()) && position.has("currentPrice")
                    && new BigDecimal(position.path("currentPrice").asText()).compareTo(price) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static WarningSummary summary(String variant, List<WarningTrial> trials) {
        Histogram total = Timing.histogram();
        Histogram toMiddle = Timing.histogram();
        Histogram fromMiddle = Timing.histogram();
        Histogram alertToWebhook = Timing.histogram();
        for (WarningTrial t : trials) {
            total.recordValue(Math.max(0, Math.round(t.totalMs() * 1e6)));
            toMiddle.recordValue(Math.max(0, Math.round(t.priceToEventMs() * 1e6)));
            fromMiddle.recordValue(Math.max(0, Math.round(t.eventToWebhookMs() * 1e6)));
            alertToWebhook.recordValue(Math.max(0, Math.round(t.alertToWebhookMs() * 1e6)));
        }
        boolean fill = variant.startsWith("(a)");
        String middle = fill ? "the stop's fill on fills" : "the positions event showing it";
        int n = trials.size();
        return new WarningSummary(variant, n,
                LatencyResult.of("warning " + variant + ": price through the stop → STOP_LOSS_HIT at the webhook", 0, n,
                        n, total),
                LatencyResult.of("warning " + variant + ": price → " + middle, 0, n, n, toMiddle),
                LatencyResult.of("warning " + variant + ": " + middle + " → at the webhook", 0, n, n, fromMiddle),
                LatencyResult.of("warning " + variant + ": STOP_LOSS_HIT published → at the webhook", 0, n, n,
                        alertToWebhook),
                trials);
    }

    /**
     * The daily-loss kill switch, {@code killSwitchTrials} times, driven by one market-data tick: the bench sets LOSS
     * low enough to take the account past its 2 % daily loss limit, and times from that moment (just before the admin
     * call that makes the simulator stream the trade) to risk-service's HALTED on {@code trading-state} and to the
     * first cancellation the simulator publishes; also from the first {@code positions} event showing the breach, and
     * which kind that event was. Meanwhile approved orders keep arriving on {@code approved-orders} (resting limit
     * buys), and every one that reached the simulator after the tick is counted. Then the price recovers and a risk
     * officer resumes, for the next trial.
     */
    private void killSwitch() throws Exception {
        awaitQuiet("kill switch");
        BigDecimal lastEquity = new BigDecimal(pipeline.simulatorApi().get(pipeline.simulator().baseUrl()
                + "/v2/account").body().path("last_equity").asText());
        BigDecimal quantity = new BigDecimal(pipeline.simulatorApi().get(pipeline.simulator().baseUrl()
                + "/v2/positions/" + LOSS).body().path("qty").asText());
        BigDecimal fall = lastEquity.multiply(new BigDecimal("0.03")).divide(quantity, 2, RoundingMode.UP);
        String crashed = new BigDecimal("100.00").subtract(fall).toPlainString();
        BigDecimal breachEquity = lastEquity.multiply(new BigDecimal("0.98"));
        BigDecimal recovered = lastEquity.multiply(new BigDecimal("0.99"));

        Map<String, Long> streamed = new ConcurrentHashMap<>();
        AtomicBoolean streaming = new AtomicBoolean(true);
        int rate = settings.killSwitchApprovalsPerSecond();
        Thread stream = new Thread(() -> {
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (long i = 0; streaming.get(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                ApprovedOrder order = approved(KILL, Side.BUY, 1, "99.70", "95.00", "110.00", OrderClass.BRACKET);
                streamed.put(clientOrderId(order), Timing.nowMicros());
                publish(Topics.APPROVED_ORDERS, order);
            }
        }, "kill-switch-approvals");
        stream.start();
        record Window(long tick, long breachEvent, String breachKind, long halted, long cancelled, long resumed) {
        }
        List<Window> windows = new ArrayList<>();
        try {
            for (int trial = 1; trial <= settings.killSwitchTrials(); trial++) {
                Timing.sleep(Duration.ofSeconds(1)); // resting orders from the stream pile up at the broker
                AtomicLong breach = new AtomicLong();
                AtomicReference<String> breachKind = new AtomicReference<>();
                AtomicLong halted = new AtomicLong();
                Runnable listening = tap.listen(event -> {
                    if (event.topic().equals(Topics.POSITIONS) && breach.get() == 0) {
                        JsonNode positionsEvent = event.json();
                        if (positionsEvent.has("equity") && new BigDecimal(positionsEvent.path("equity").asText("0"))
                                .compareTo(breachEquity) <= 0 && breach.compareAndSet(0, event.createdMicros())) {
                            breachKind.set(positionsEvent.path("kind").asText("ACCOUNT_SNAPSHOT"));
                        }
                    } else if (event.topic().equals(Topics.TRADING_STATE)
                            && "HALTED".equals(event.json().path("state").asText())) {
                        halted.compareAndSet(0, event.createdMicros());
                    }
                });
                long tick = Timing.nowMicros();
                pipeline.setPrice(LOSS, crashed);
                require("trial " + trial + ": breach and HALTED on Kafka", Duration.ofSeconds(20),
                        () -> breach.get() != 0 && halted.get() != 0);
                listening.run();
                AtomicLong cancelled = new AtomicLong();
                require("trial " + trial + ": a cancellation at the simulator", Duration.ofSeconds(20), () -> {
                    trades.updates().stream().filter(u -> "canceled".equals(u.event()) && u.atMicros() >= tick)
                            .mapToLong(TradeUpdateTap.Update::atMicros).min().ifPresent(cancelled::set);
                    return cancelled.get() != 0;
                });
                Timing.sleep(Duration.ofMillis(500)); // whatever was in flight lands now
                pipeline.setPrice(LOSS, "100.00");
                require("trial " + trial + ": risk-service sees the recovered equity", Duration.ofSeconds(20),
                        () -> new BigDecimal(viewer().get(pipeline.risk().baseUrl() + "/accounts/" + ACCOUNT).body()
                                .path("equity").asText("0")).compareTo(recovered) >= 0);
                long resumed = Timing.nowMicros();
                JsonHttp.bearer(TestJwt.token("rita", "risk-officer")).post(pipeline.risk().baseUrl()
                        + "/trading-state/" + ACCOUNT + "/resume", "{\"reason\": \"bench kill-switch trial " + trial
                        + ": price recovered\"}").expect(200);
                require("trial " + trial + ": execution-service ACTIVE again", Duration.ofSeconds(20),
                        () -> "ACTIVE".equals(viewer().get(pipeline.execution().baseUrl() + "/trading-state/"
                                + ACCOUNT).body().path("state").asText()));
                windows.add(new Window(tick, breach.get(), breachKind.get(), halted.get(), cancelled.get(), resumed));
                System.out.printf(Locale.ROOT, "kill switch    trial %d: tick → HALTED %.1f ms, → first cancel %.1f ms"
                        + " (breach seen in a %s)%n", trial, Timing.millis(halted.get() - tick),
                        Timing.millis(cancelled.get() - tick), breachKind.get());
            }
        } finally {
            streaming.set(false);
            stream.join();
            producer.flush();
        }
        Timing.sleep(Duration.ofSeconds(1));
        Map<String, Long> requests = orderRequests();
        Set<String> cancelledIds = new HashSet<>();
        trades.updates().stream().filter(u -> "canceled".equals(u.event())).forEach(u -> cancelledIds.add(
                u.clientOrderId()));
        Histogram toHalted = Timing.histogram();
        Histogram toCancel = Timing.histogram();
        Histogram eventToHalted = Timing.histogram();
        Map<String, Long> kinds = new TreeMap<>();
        List<KillSwitchTrial> perTrial = new ArrayList<>();
        int afterTickTotal = 0;
        int afterCancelTotal = 0;
        int survivorsTotal = 0;
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            Timing.record(toHalted, w.tick(), w.halted());
            Timing.record(toCancel, w.tick(), w.cancelled());
            Timing.record(eventToHalted, w.breachEvent(), w.halted());
            kinds.merge(String.valueOf(w.breachKind()), 1L, Long::sum);
            int afterTick = 0;
            int afterCancel = 0;
            int survivors = 0;
            long last = 0;
            for (String id : streamed.keySet()) {
                Long received = requests.get(id);
                if (received == null || received <= w.tick() || received >= w.resumed()) {
                    continue;
                }
                afterTick++;
                last = Math.max(last, received - w.tick());
                if (received > w.cancelled()) {
                    afterCancel++;
                }
                if (!cancelledIds.contains(id)) {
                    survivors++;
                }
            }
            afterTickTotal += afterTick;
            afterCancelTotal += afterCancel;
            survivorsTotal += survivors;
            perTrial.add(new KillSwitchTrial(i + 1, Timing.millis(w.halted() - w.tick()),
                    Timing.millis(w.cancelled() - w.tick()), Timing.millis(w.halted() - w.breachEvent()),
                    w.breachKind(), afterTick, afterCancel, survivors, Timing.millis(last)));
        }
        KillSwitchResult result = new KillSwitchResult(windows.size(), rate,
                LatencyResult.of("kill switch: breaching tick at the simulator → HALTED on trading-state", 0,
                        windows.size(), windows.size(), toHalted),
                LatencyResult.of("kill switch: breaching tick at the simulator → first cancellation at the simulator",
                        0, windows.size(), windows.size(), toCancel),
                LatencyResult.of("kill switch: first positions event showing the breach → HALTED on trading-state", 0,
                        windows.size(), windows.size(), eventToHalted),
                kinds, afterTickTotal, afterCancelTotal, survivorsTotal, perTrial);
        results.put("killSwitch", result);
        System.out.printf(Locale.ROOT, "kill switch    %d trials: tick → HALTED p99 %.0f ms, → first cancel p50 %.0f ms "
                + "p99 %.0f ms; orders after the tick %d, after the first cancel %d, not cancelled %d; breach seen "
                + "in %s%n", windows.size(), result.tickToHalted().p99Micros() / 1e3,
                result.tickToCancel().p50Micros() / 1e3, result.tickToCancel().p99Micros() / 1e3, afterTickTotal,
                afterCancelTotal, survivorsTotal, kinds);
    }

    private void restarts() {
        for (ServiceProcess service : pipeline.services()) {
            service.stop();
            service.start();
            soloReady.put(service.name(), service.awaitReady(Duration.ofMinutes(3)).toMillis() / 1000.0);
            System.out.printf(Locale.ROOT, "footprint      %s restarted alone: ready in %.2f s%n", service.name(),
                    soloReady.get(service.name()));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private List<Footprint> footprint() {
        List<Footprint> rows = new ArrayList<>();
        for (String name : concurrentReady.keySet()) {
            rows.add(new Footprint(name, concurrentReady.get(name), soloReady.getOrDefault(name, Double.NaN),
                    rssIdleKiB.getOrDefault(name, -1L) / 1024.0, rssPeakKiB.getOrDefault(name, -1L) / 1024.0));
        }
        return rows;
    }

    private void sampleRss() {
        while (pipeline != null) {
            try {
                if (sampling.get()) {
                    for (ServiceProcess process : processes()) {
                        rssPeakKiB.merge(process.name(), process.residentKiB(), Math::max);
                    }
                }
                Timing.sleep(Duration.ofMillis(200));
            } catch (RuntimeException e) {
                return; // the pipeline is closing
            }
        }
    }

    private List<ServiceProcess> processes() {
        List<ServiceProcess> all = new ArrayList<>();
        all.add(pipeline.simulator());
        all.addAll(pipeline.services());
        return all;
    }

    private void drain(String what, Supplier<Long> progress) {
        long last = -1;
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            long now = progress.get();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > TimeUnit.SECONDS.toNanos(3)) {
                return;
            }
            Timing.sleep(Duration.ofMillis(500));
        }
        notes.add(what + " still draining after 60 s; the next phase ran on a busy pipeline");
    }

    private static void require(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        if (!Timing.await(timeout, condition)) {
            throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
        }
    }

    /** Like {@link #require} but polls every 500 ms (for big answers); a null {@code what} only waits. */
    private static void requireSlowly(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // ask again
            }
            if (System.nanoTime() > deadline) {
                if (what != null) {
                    throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for: "
                            + what);
                }
                return;
            }
            Timing.sleep(Duration.ofMillis(500));
        }
    }

    /**
     * No Slack delivery pending, and Slack's token bucket (one message) full again: alert-service sends Slack 1
     * message/s, oldest first, and neither the queue nor the bucket is what is measured.
     */
    private void quietSlack() {
        require("alert-service's Slack queue empty", Duration.ofSeconds(150), () -> pendingSlack() == 0);
        awaitSlackBucket();
    }

    private void awaitSlackBucket() {
        long lastSlack = pipeline.webhook().received().stream().filter(r -> r.path().startsWith("/slack"))
                .mapToLong(r -> Timing.micros(r.at())).max().orElse(0);
        long wait = lastSlack + 1_100_000 - Timing.nowMicros();
        if (wait > 0) {
            Timing.sleep(Duration.ofMillis(wait / 1_000));
        }
    }

    /** execution-service's submit timer (count, total seconds) from its Prometheus page; NaNs if unreadable. */
    private double[] brokerSubmits() {
        double count = Double.NaN;
        double sum = Double.NaN;
        try {
            for (String line : JsonHttp.anonymous().get(pipeline.execution().managementUrl() + "/q/metrics").text()
                    .split("\n")) {
                if (line.startsWith("tradeguard_execution_submit_latency_seconds_count")) {
                    count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                } else if (line.startsWith("tradeguard_execution_submit_latency_seconds_sum")) {
                    sum = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        } catch (RuntimeException e) {
            // reported as NaN
        }
        return new double[] { count, sum };
    }

    private static double meanMillis(double[] before, double[] after) {
        double count = (Double.isNaN(before[0]) ? 0 : before[0]);
        double sum = (Double.isNaN(before[1]) ? 0 : before[1]);
        double n = after[0] - count;
        return n > 0 ? (after[1] - sum) / n * 1000 : Double.NaN;
    }

    /** What came out: arrivals (0 = never) over the time from the first arrival to the last. */
    private static double perSecond(long[] arrivals) {
        long[] seen = Arrays.stream(arrivals).filter(a -> a > 0).sorted().toArray();
        return seen.length < 2 || seen[seen.length - 1] == seen[0] ? 0
                : (seen.length - 1) * 1e6 / (seen[seen.length - 1] - seen[0]);
    }

    /**
     * A backlog building up: the median latency of the last fifth of a step (by due time) above twice that of the
     * first fifth plus 50 ms. A rate that is sustained keeps its latency flat; one that is not makes it climb.
     */
    static boolean growing(long[] due, long[] arrivals) {
        int fifth = Math.max(1, due.length / 5);
        return median(due, arrivals, due.length - fifth, due.length) > 2 * median(due, arrivals, 0, fifth) + 50_000;
    }

    private static long median(long[] due, long[] arrivals, int from, int to) {
        long[] latencies = IntStream.range(from, to).filter(i -> arrivals[i] > 0)
                .mapToLong(i -> arrivals[i] - due[i]).sorted().toArray();
        return latencies.length == 0 ? Long.MAX_VALUE / 4 : latencies[latencies.length / 2];
    }

    /** Slack deliveries waiting or being sent (a SENDING one is about to take the bucket's token). */
    private int pendingSlack() {
        int waiting = 0;
        for (String status : List.of("PENDING", "SENDING")) {
            waiting += viewer().get(pipeline.alert().baseUrl() + "/deliveries?status=" + status + "&channel=slack"
                    + "&limit=1000").expect(200).body().size();
        }
        return waiting;
    }

    private List<JsonNode> simulator(String path) {
        List<JsonNode> nodes = new ArrayList<>();
        pipeline.simulatorApi().get(pipeline.simulator().baseUrl() + path).expect(200).body().forEach(nodes::add);
        return nodes;
    }

    /** Every POST /v2/orders the simulator received: client order id → when (epoch µs). */
    private Map<String, Long> orderRequests() {
        Map<String, Long> received = new HashMap<>();
        for (JsonNode request : JsonHttp.anonymous().get(pipeline.simulator().baseUrl() + "/admin/order-requests")
                .expect(200).body()) {
            received.putIfAbsent(request.path("client_order_id").asText(),
                    Timing.micros(Instant.parse(request.path("received_at").asText())));
        }
        return received;
    }

    private static JsonHttp viewer() {
        return JsonHttp.bearer(TestJwt.token("vera", "viewer"));
    }

    private Recommendation recommendation(String id, String symbol, Side side, String limit, String stop,
            String target, long dueMicros) {
        Instant at = EventTap.instant(dueMicros);
        return new Recommendation(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, ACCOUNT,
                STRATEGIES.get(Math.floorMod(strategyTurn.getAndIncrement(), STRATEGIES.size())), at, id, symbol,
                side, BigDecimal.ONE, new BigDecimal(limit), stop == null ? null : new BigDecimal(stop),
                target == null ? null : new BigDecimal(target), new BigDecimal("0.80"), "BENCH", "benchmark", null,
                null, at.plus(Duration.ofHours(1)));
    }

    private static ApprovedOrder approved(String symbol, Side side, int quantity, String limit, String stop,
            String target, OrderClass orderClass) {
        Instant now = Instant.now();
        return new ApprovedOrder(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, ACCOUNT,
                LocalPipeline.STRATEGY, now, UUID.randomUUID().toString(), UUID.randomUUID(), symbol, side,
                BigDecimal.valueOf(quantity), OrderType.LIMIT, orderClass, TimeInForce.DAY, new BigDecimal(limit),
                stop == null ? null : new BigDecimal(stop), target == null ? null : new BigDecimal(target), false,
                now.plus(Duration.ofMinutes(30)), "bench");
    }

    /** execution-service's client order id for an approved order (ClientOrderIds). */
    private static String clientOrderId(ApprovedOrder order) {
        return "tg-" + order.orderId().toString().replace("-", "");
    }

    private void publish(String topic, Object event) {
        producer.send(new ProducerRecord<>(topic, ACCOUNT, EventJson.toJson(event)));
    }

    private static void print(StepResult step) {
        System.out.printf(Locale.ROOT, "%-15s %4d/s  sent %5d  approved %5d  denied %5d %s  at broker %5d  "
                + "achieved %5.1f/s  decision p50 %7.1f ms p99 %7.1f ms  end-to-end p50 %7.1f ms p99 %7.1f ms "
                + "p99.9 %7.1f ms max %7.1f ms%s%n",
                step.path(), step.offeredPerSecond(), step.sent(), step.approved(), step.denied(), step.deniedBy(),
                step.placed(), step.achievedPerSecond(),
                step.decision() == null ? Double.NaN : step.decision().p50Micros() / 1e3,
                step.decision() == null ? Double.NaN : step.decision().p99Micros() / 1e3,
                step.endToEnd().p50Micros() / 1e3, step.endToEnd().p99Micros() / 1e3,
                step.endToEnd().p999Micros() / 1e3, step.endToEnd().maxMicros() / 1e3,
                step.sustained() ? "" : "  NOT SUSTAINED");
    }

    private void close() {
        if (trades != null) {
            trades.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (tap != null) {
            tap.close();
        }
        LocalPipeline closing = pipeline;
        pipeline = null;
        if (closing != null) {
            closing.close();
        }
    }
}

package dev.tradeguard.testing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tradeguard.testing.DashboardMetrics;
import dev.tradeguard.testing.KafkaBroker;
import dev.tradeguard.testing.PostgresDatabase;
import dev.tradeguard.testing.TestJwt;

/**
 * The whole pipeline on one machine, each part as its own process from its packaged jar: the broker simulator and the
 * five services, on the in-JVM Kafka broker of this test JVM, a fresh PostgreSQL database per service, and a fake
 * Slack/Discord webhook. One paper account ({@link #ACCOUNT}) traded by one strategy ({@link #STRATEGY}); the
 * simulator's clock stands still on a trading Tuesday at 10:00 New York, so prices move only when a test moves them.
 */
public final class LocalPipeline implements AutoCloseable {
    public static final String ACCOUNT = "PA-E2E";
    public static final String STRATEGY = "E2E-BOT";
    public static final String SIMULATOR_KEY_ID = "E2E-KEY";
    public static final String SIMULATOR_SECRET_KEY = "E2E-SECRET";
    /** Tuesday 2024-03-05, 10:00 in New York: the market is open. */
    public static final String SIMULATED_TIME = "2024-03-05T15:00:00Z";
    public static final String SYMBOLS = "SPY:500.00,HAPY:100.00,LOSS:100.00,BRST:20.00,IDLE:30.00,FAST:50.00";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /**
     * How a pipeline differs from the default one: the paper account it trades, whether every service's clock follows
     * the simulator's ({@code tradeguard.clock.follow}, for a replay on simulated days), and the simulator's start
     * time (RFC 3339) and price-path seed (null: {@link #SIMULATED_TIME} and the simulator's default).
     */
    public record Options(String account, boolean followSimulatorClock, String simulatorStart, Long seed) {
        public static final Options DEFAULT = new Options(ACCOUNT, false, null, null);
    }

    private final Path workDir;
    private final String bootstrapServers;
    private final FakeWebhook webhook;
    private final List<PostgresDatabase> databases = new ArrayList<>();
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private boolean closed;

    private final String account;
    private final String clockUrl;

    private LocalPipeline(Path workDir, Map<String, List<String>> extraProperties, Options options) {
        this.workDir = workDir;
        this.account = options.account();
        this.bootstrapServers = KafkaBroker.bootstrapServers();
        this.webhook = FakeWebhook.start();
        Path root = DashboardMetrics.repositoryRoot();
        int simulatorPort = freePort();
        List<String> simulatorProperties = new ArrayList<>(List.of(
                "-Dbroker-simulator.key-id=" + SIMULATOR_KEY_ID,
                "-Dbroker-simulator.secret-key=" + SIMULATOR_SECRET_KEY,
                "-Dbroker-simulator.clock.start=" + (options.simulatorStart() != null ? options.simulatorStart()
                        : SIMULATED_TIME),
                "-Dbroker-simulator.clock.speed=0",
                "-Dbroker-simulator.requests-per-minute=100000",
                "-Dbroker-simulator.market.symbols=" + SYMBOLS));
        if (options.seed() != null) {
            simulatorProperties.add("-Dbroker-simulator.market.seed=" + options.seed());
        }
        add("broker-simulator", root, simulatorPort, simulatorProperties, extraProperties);
        String simulator = "http://127.0.0.1:" + simulatorPort;
        this.clockUrl = options.followSimulatorClock() ? simulator + "/admin/clock" : null;
        add("recommendation-service", root, freePort(), withCommon("recommendation", List.of(
                "-Dtradeguard.recommendation.strategies.\"" + STRATEGY + "\".long-only=true",
                "-Dtradeguard.recommendation.accounts.\"" + STRATEGY + "\".paper=" + account,
                "-Dtradeguard.recommendation.import.watch-dir=" + workDir.resolve("inbox"),
                "-Dtradeguard.research.cron=off")), extraProperties);
        String strategy = "-Dtradeguard.risk.strategies.\"" + STRATEGY + "\".";
        add("risk-service", root, freePort(), withCommon("risk", List.of(
                strategy + "account=" + account,
                strategy + "capital-allocation-pct=1.0",
                strategy + "require-manual-approval=true",
                strategy + "automation-level=APPROVE_ALL",
                strategy + "max-position-size-pct=0.25",
                strategy + "max-positions-per-day=50",
                strategy + "max-concurrent-positions=100",
                strategy + "max-orders-per-minute=200",
                // hearing nothing for 5 minutes (the default) can happen in a run of quiet scenarios without snapshots
                "-Dtradeguard.risk.defaults.snapshot-stale-after=15m")), extraProperties);
        add("execution-service", root, freePort(), withCommon("execution", List.of(
                "-Dtradeguard.execution.account-id=" + account,
                "-Dtradeguard.execution.alpaca.key-id=" + SIMULATOR_KEY_ID,
                "-Dtradeguard.execution.alpaca.secret-key=" + SIMULATOR_SECRET_KEY,
                "-Dtradeguard.execution.broker.base-url-override=" + simulator,
                "-Dtradeguard.execution.broker.requests-per-minute=100000",
                // Prices and fills move the account by streamed position changes; a whole-account snapshot only at
                // start-up, so a scenario proves what the changes alone do.
                "-Dtradeguard.execution.snapshots.interval=10m",
                "-Dtradeguard.execution.recovery.submitting-grace=2s",
                "-Dtradeguard.execution.recovery.interval=1s")), extraProperties);
        add("monitor-service", root, freePort(), withCommon("monitor", List.of(
                "-Dtradeguard.monitor.benchmark.data-url=" + simulator,
                "-Dtradeguard.monitor.benchmark.key-id=" + SIMULATOR_KEY_ID,
                "-Dtradeguard.monitor.benchmark.secret-key=" + SIMULATOR_SECRET_KEY)), extraProperties);
        add("alert-service", root, freePort(), withCommon("alert", List.of(
                "-Dtradeguard.alert.slack.webhook-url=" + webhook.slackUrl(),
                "-Dtradeguard.alert.discord.webhook-url=" + webhook.discordUrl(),
                "-Dtradeguard.alert.file.path=" + workDir.resolve("alerts.log"),
                "-Dtradeguard.alert.delivery.poll-interval=0.2s")), extraProperties);
    }

    /**
     * Starts everything and waits until every service is ready. {@code extraProperties} adds system properties per
     * process name (e.g. {@code execution-service}); later ones win over the defaults above.
     */
    public static LocalPipeline start(Path workDir, Map<String, List<String>> extraProperties) {
        return start(workDir, extraProperties, Options.DEFAULT);
    }

    /** As {@link #start(Path, Map)}, with the differences {@code options} names. */
    public static LocalPipeline start(Path workDir, Map<String, List<String>> extraProperties, Options options) {
        LocalPipeline pipeline = new LocalPipeline(workDir, extraProperties, options);
        try {
            pipeline.simulator().start();
            pipeline.simulator().awaitReady(READY_TIMEOUT);
            List<ServiceProcess> services = pipeline.services();
            services.forEach(ServiceProcess::start);
            services.forEach(service -> service.awaitReady(READY_TIMEOUT));
            return pipeline;
        } catch (RuntimeException | Error e) {
            pipeline.close();
            throw e;
        }
    }

    public static LocalPipeline start(Path workDir) {
        return start(workDir, Map.of());
    }

    private List<String> withCommon(String database, List<String> own) {
        PostgresDatabase db = PostgresDatabase.create("e2e_" + database);
        databases.add(db);
        List<String> properties = new ArrayList<>();
        db.quarkusConfig().forEach((key, value) -> properties.add("-D" + key + "=" + value));
        properties.add("-Dkafka.bootstrap.servers=" + bootstrapServers);
        properties.add("-Dmp.jwt.verify.publickey.location=" + TestJwt.publicKeyFile().toUri());
        properties.add("-Dmp.jwt.verify.issuer=" + TestJwt.ISSUER);
        properties.add("-DTRADEGUARD_DATA_DIR=" + workDir);
        if (clockUrl != null) {
            properties.add("-Dtradeguard.clock.follow=" + clockUrl);
            // five services starting at once on two cores can keep the simulator from answering a read within 2 s
            properties.add("-Dtradeguard.clock.request-timeout=10s");
        }
        properties.addAll(own);
        return properties;
    }

    private void add(String name, Path root, int port, List<String> properties, Map<String, List<String>> extra) {
        List<String> all = new ArrayList<>(properties);
        all.addAll(extra.getOrDefault(name, List.of()));
        // The packaged services serve health and metrics on their management interface (service-support's %prod);
        // the simulator on its one port.
        int managementPort = name.equals("broker-simulator") ? port : freePort();
        processes.put(name, new ServiceProcess(name, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                port, managementPort, all, workDir.resolve("logs").resolve(name + ".log")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ServiceProcess simulator() {
        return processes.get("broker-simulator");
    }

    public ServiceProcess recommendation() {
        return processes.get("recommendation-service");
    }

    public ServiceProcess risk() {
        return processes.get("risk-service");
    }

    public ServiceProcess execution() {
        return processes.get("execution-service");
    }

    public ServiceProcess monitor() {
        return processes.get("monitor-service");
    }

    public ServiceProcess alert() {
        return processes.get("alert-service");
    }

    /** The five services (not the simulator). */
    public List<ServiceProcess> services() {
        return processes.values().stream().filter(p -> !p.name().equals("broker-simulator")).toList();
    }

    /** The paper account the pipeline trades ({@link #ACCOUNT} unless its options name another). */
    public String account() {
        return account;
    }

    public FakeWebhook webhook() {
        return webhook;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path workDir() {
        return workDir;
    }

    /** Alpaca-authenticated calls to the simulator's trading and data API. */
    public JsonHttp simulatorApi() {
        return JsonHttp.alpaca(SIMULATOR_KEY_ID, SIMULATOR_SECRET_KEY);
    }

    /** Prints a trade at {@code price} on the simulator: positions revalue and resting orders are checked. */
    public void setPrice(String symbol, String price) {
        JsonHttp.anonymous().put(simulator().baseUrl() + "/admin/prices/" + symbol, "{\"price\": " + price + "}")
                .expect(200);
    }

    /** Stops the five services together (SIGTERM, then SIGKILL after their grace), then the simulator, then drops the databases. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        services().parallelStream().forEach(ServiceProcess::stop);
        simulator().stop();
        databases.forEach(PostgresDatabase::close);
        webhook.close();
    }
}

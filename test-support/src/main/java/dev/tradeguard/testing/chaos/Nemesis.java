package dev.tradeguard.testing.chaos;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import dev.tradeguard.testing.KafkaBroker;
import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;
import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * Injects one fault at a time into a running {@link LocalPipeline} and heals it: each {@link #inject} blocks until the
 * fault is over and the part it hit answers again, and returns what happened. Several may run at once (the campaign
 * overlaps them), but never two on the same target.
 */
public final class Nemesis {
    /** Longer than the services' Kafka session timeout ({@link Campaign#KAFKA_SESSION_TIMEOUT_MS}). */
    static final Duration PAUSE = Duration.ofMillis(Campaign.KAFKA_SESSION_TIMEOUT_MS + 2_000);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** One injected fault: what, on which target, when, and how long the target took to answer again. */
    public record Injected(int number, FaultKind kind, String target, Instant startedAt, Instant healedAt,
                           Duration recovery, String detail) {
    }

    private final LocalPipeline pipeline;
    private final EventLog log;
    private final List<Injected> injected = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> busyTargets = new ConcurrentHashMap<>();

    public Nemesis(LocalPipeline pipeline, EventLog log) {
        this.pipeline = pipeline;
        this.log = log;
    }

    /** The target a fault of {@code kind} hits, chosen with {@code random} (a service name, or the shared part). */
    String target(FaultKind kind, Random random) {
        List<ServiceProcess> services = pipeline.services();
        return switch (kind) {
            case SERVICE_KILL, SERVICE_PAUSE, POSTGRES_CONNECTIONS_TERMINATED ->
                    services.get(random.nextInt(services.size())).name();
            case KAFKA_RESTART -> "kafka";
            case WEBHOOK_OUTAGE -> "webhooks";
            case BROKER_STREAM_DROPPED -> "broker-stream";
            default -> "broker-simulator";
        };
    }

    /** Claims {@code target} for one fault; false if another fault holds it now. */
    boolean claim(String target) {
        // a service's kill, pause and database faults exclude each other; so do the simulator's fault plans
        return busyTargets.putIfAbsent(target, Boolean.TRUE) == null;
    }

    /** Injects a fault on a target claimed with {@link #claim}, waits for it to heal, and releases the target. */
    public Injected inject(int number, FaultKind kind, String target, Random random) {
        Instant started = Instant.now();
        log.add("nemesis", "#" + number + " " + kind + " on " + target + " begins");
        try {
            Outcome outcome = apply(kind, target, random);
            Injected done = new Injected(number, kind, target, started, Instant.now(), outcome.recovery(),
                    outcome.detail());
            injected.add(done);
            log.add("nemesis", "#" + number + " " + kind + " on " + target + " healed"
                    + (outcome.recovery() == null ? "" : " (answering again after " + outcome.recovery().toMillis()
                    + " ms)") + ": " + outcome.detail());
            return done;
        } finally {
            busyTargets.remove(target);
        }
    }

    private record Outcome(Duration recovery, String detail) {
    }

    private Outcome apply(FaultKind kind, String target, Random random) {
        JsonHttp admin = JsonHttp.anonymous();
        String simulator = pipeline.simulator().baseUrl();
        switch (kind) {
            case SERVICE_KILL -> {
                ServiceProcess service = process(target);
                long pid = service.pid();
                service.kill();
                service.start();
                Duration ready = service.awaitReady(READY_TIMEOUT);
                return new Outcome(ready, "pid " + pid + " killed, restarted as " + service.pid());
            }
            case SERVICE_PAUSE -> {
                ServiceProcess service = process(target);
                signal(service, "STOP");
                sleep(PAUSE);
                signal(service, "CONT");
                Instant resumed = Instant.now();
                awaitHealthy(service);
                return new Outcome(Duration.between(resumed, Instant.now()),
                        "paused " + PAUSE.toMillis() + " ms (pid " + service.pid() + ")");
            }
            case KAFKA_RESTART -> {
                Duration down = Duration.ofMillis(500 + random.nextInt(2_500));
                KafkaBroker.restart(down);
                Instant back = Instant.now();
                pipeline.services().forEach(this::awaitHealthy);
                return new Outcome(Duration.between(back, Instant.now()), "down " + down.toMillis() + " ms");
            }
            case POSTGRES_CONNECTIONS_TERMINATED -> {
                ServiceProcess service = process(target);
                int closed = ServiceDatabase.of(service).terminateConnections();
                Instant at = Instant.now();
                awaitHealthy(service);
                return new Outcome(Duration.between(at, Instant.now()), closed + " connections terminated");
            }
            case BROKER_ACCEPT_THEN_FAIL, BROKER_FAIL_REQUESTS, BROKER_REJECT_ORDERS, BROKER_FILL_NOT_STREAMED -> {
                String field = switch (kind) {
                    case BROKER_ACCEPT_THEN_FAIL -> "accept_then_fail_next_orders";
                    case BROKER_FAIL_REQUESTS -> "fail_next_requests";
                    case BROKER_REJECT_ORDERS -> "reject_next_orders";
                    default -> "unstreamed_next_fills";
                };
                int count = 1 + random.nextInt(3);
                admin.put(simulator + "/admin/faults", "{\"" + field + "\": " + count + "}").expect(200);
                sleep(Duration.ofSeconds(3));
                admin.delete(simulator + "/admin/faults").expect(200);
                return new Outcome(null, field + "=" + count + " for 3 s");
            }
            case BROKER_SLOW -> {
                int delay = 500 + random.nextInt(2_000);
                admin.put(simulator + "/admin/faults", "{\"delay_ms\": " + delay + "}").expect(200);
                sleep(Duration.ofSeconds(4));
                admin.delete(simulator + "/admin/faults").expect(200);
                return new Outcome(null, "delay_ms=" + delay + " for 4 s");
            }
            case BROKER_RATE_LIMITED -> {
                admin.put(simulator + "/admin/rate-limit", "{\"requests_per_minute\": 3}").expect(200);
                sleep(Duration.ofSeconds(4));
                admin.put(simulator + "/admin/rate-limit", "{\"requests_per_minute\": 100000}").expect(200);
                return new Outcome(null, "3 requests a minute for 4 s");
            }
            case BROKER_STREAM_DROPPED -> {
                JsonHttp.Reply reply = admin.post(simulator + "/admin/stream/drop", "{}").expect(200);
                return new Outcome(null, reply.body().path("dropped").asInt() + " connections dropped");
            }
            case WEBHOOK_OUTAGE -> {
                int failures = 2 + random.nextInt(6);
                pipeline.webhook().failNext(failures);
                sleep(Duration.ofSeconds(3));
                pipeline.webhook().failNext(0);
                return new Outcome(null, "up to " + failures + " webhook calls answered 503 for 3 s");
            }
            default -> throw new IllegalArgumentException("no such fault: " + kind);
        }
    }

    /** Undoes whatever a fault cut short may have left behind, before the checker reads the histories. */
    public void healEverything() {
        JsonHttp admin = JsonHttp.anonymous();
        String simulator = pipeline.simulator().baseUrl();
        admin.delete(simulator + "/admin/faults").expect(200);
        admin.put(simulator + "/admin/rate-limit", "{\"requests_per_minute\": 100000}").expect(200);
        pipeline.webhook().failNext(0);
        for (ServiceProcess service : pipeline.services()) {
            if (service.isAlive()) {
                signal(service, "CONT");
            } else {
                log.add("nemesis", service.name() + " found dead after the run: started again");
                service.start();
                service.awaitReady(READY_TIMEOUT);
            }
        }
    }

    public List<Injected> injected() {
        return List.copyOf(injected);
    }

    private ServiceProcess process(String name) {
        return pipeline.services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    private void awaitHealthy(ServiceProcess service) {
        Awaitility.await(service.name() + " healthy again").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> service.healthStatus() == 200);
    }

    private static void signal(ServiceProcess service, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(service.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + service.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + service.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

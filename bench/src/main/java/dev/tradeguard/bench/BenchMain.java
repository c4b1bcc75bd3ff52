package dev.tradeguard.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.utils.AppInfoParser;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tradeguard.testing.TradeGuardInfrastructure;

/**
 * One run, one machine: the raw Kafka floor (1 hop, 3 hops) at several offered rates, the risk engine alone (JMH), and
 * the pipeline itself (decision path, kill switch, warning path, footprint; see {@link PipelineBench}). Writes
 * {@code benchmark-report.md} and {@code .json} to the output directory and prints the summary.
 * Arguments: seconds per floor rate, output directory. {@code -Dbench.only=floor,engine,pipeline} picks the parts.
 */
public final class BenchMain {
    static final int[] RATES = { 10, 100, 1000 };

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path out = Path.of(args.length > 1 ? args[1] : "target");
        Files.createDirectories(out);
        Set<String> parts = Arrays.stream(System.getProperty("bench.only", "floor,engine,pipeline").split(","))
                .map(String::trim).collect(Collectors.toSet());
        String loadBefore = loadAverage();
        Instant started = Instant.now();

        String bootstrap = TradeGuardInfrastructure.bootstrapServers();
        List<LatencyResult> floor = new ArrayList<>();
        if (parts.contains("floor")) {
            KafkaFloor kafka = new KafkaFloor(bootstrap);
            for (int hops : new int[] { 1, 3 }) {
                for (int rate : RATES) {
                    LatencyResult result = kafka.measure(hops, rate, seconds);
                    floor.add(result);
                    System.out.printf(Locale.ROOT, "%-14s %6d/s  p50 %8.0f µs  p99 %8.0f µs  p99.9 %8.0f µs  max %8.0f µs"
                            + "  %s%n", result.path(), rate, result.p50Micros(), result.p99Micros(),
                            result.p999Micros(), result.maxMicros(),
                            result.lossless() ? "no loss" : "LOST " + (result.sent() - result.received()));
                }
            }
        }

        Map<String, Object> engine = null;
        if (parts.contains("engine")) {
            RunResult run = new Runner(new OptionsBuilder().include(RiskEngineBenchmark.class.getSimpleName())
                    .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2)).threads(1).build()).runSingle();
            double checksPerSecond = run.getPrimaryResult().getScore();
            double error = run.getPrimaryResult().getScoreError();
            engine = Map.of("checksPerSecondPerCore", checksPerSecond, "error", error, "target", 100_000,
                    "met", checksPerSecond >= 100_000);
            System.out.printf(Locale.ROOT, "risk engine    %,.0f full checks/s on one core (± %,.0f, JMH 5×2 s)%n",
                    checksPerSecond, error);
        }

        Map<String, Object> pipeline = null;
        if (parts.contains("pipeline")) {
            Path workDir = out.resolve("pipeline-" + LocalDateTime.now().format(
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
            pipeline = new PipelineBench(PipelineBench.Settings.fromSystemProperties(), workDir).run();
            pipeline.put("logs", workDir.resolve("logs").toString());
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("measuredAt", started.toString());
        report.put("durationSeconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000);
        report.put("loadAverage", Map.of("before", loadBefore, "after", loadAverage(), "cores",
                Runtime.getRuntime().availableProcessors()));
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("kafka", AppInfoParser.getVersion());
        machine.put("benchJvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        report.put("machine", machine);
        report.put("settings", Map.of("floorSecondsPerRate", seconds, "producer", "acks=all, enable.idempotence=true, "
                + "linger.ms=0, max.in.flight.requests.per.connection=1", "consumer",
                "fetch.min.bytes=1, fetch.max.wait.ms=100, manual commit", "broker",
                "in-JVM KRaft broker (Kafka's own jars), loopback; floor topics 1 partition, TradeGuard topics 2 "
                        + "(every event keyed by account, so one partition carries the bench's account)",
                "services", "JVM mode, -Xms64m -Xmx256m each (ServiceProcess), packaged quarkus-run.jar"));
        report.put("floor", floor);
        report.put("riskEngine", engine);
        report.put("pipeline", pipeline);
        BenchReport written = new BenchReport(report, floor, engine, pipeline);
        report.put("targets", written.targets());
        Files.writeString(out.resolve("benchmark-report.json"), JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        String markdown = written.markdown();
        Files.writeString(out.resolve("benchmark-report.md"), markdown);
        System.out.println();
        System.out.println(written.summary());
        System.out.println("Report: " + out.resolve("benchmark-report.md") + " and .json");
        System.exit(0);
    }

    /** The 1, 5 and 15 minute load averages (Linux), as {@code /proc/loadavg} shows them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}

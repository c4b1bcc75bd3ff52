package dev.tradeguard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tradeguard.testing.TradeGuardInfrastructure;

/**
 * One run, one machine: the raw Kafka floor (1 hop, 3 hops) at several offered rates, and the risk engine alone
 * (JMH). Writes {@code benchmark-report.md} and {@code .json} to the output directory and prints the summary.
 * Arguments: seconds per rate, output directory.
 */
public final class BenchMain {
    static final int[] RATES = { 10, 100, 1000 };

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path out = Path.of(args.length > 1 ? args[1] : "target");
        Files.createDirectories(out);

        String bootstrap = TradeGuardInfrastructure.bootstrapServers();
        KafkaFloor floor = new KafkaFloor(bootstrap);
        List<LatencyResult> latencies = new ArrayList<>();
        for (int hops : new int[] { 1, 3 }) {
            for (int rate : RATES) {
                LatencyResult result = floor.measure(hops, rate, seconds);
                latencies.add(result);
                System.out.printf(Locale.ROOT, "%-14s %6d/s  p50 %8.0f µs  p99 %8.0f µs  p99.9 %8.0f µs  max %8.0f µs  %s%n",
                        result.path(), rate, result.p50Micros(), result.p99Micros(), result.p999Micros(),
                        result.maxMicros(), result.lossless() ? "no loss" : "LOST " + (result.sent() - result.received()));
            }
        }

        RunResult engine = new Runner(new OptionsBuilder().include(RiskEngineBenchmark.class.getSimpleName())
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(2)).threads(1).build()).runSingle();
        double checksPerSecond = engine.getPrimaryResult().getScore();
        double error = engine.getPrimaryResult().getScoreError();
        System.out.printf(Locale.ROOT, "risk engine    %,.0f full checks/s on one core (± %,.0f, JMH 5×2 s)%n",
                checksPerSecond, error);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("measuredAt", Instant.now().toString());
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapBytes", Runtime.getRuntime().maxMemory(),
                "jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "kafka", AppInfoParser.getVersion(), "jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        report.put("settings", Map.of("secondsPerRate", seconds, "producer", "acks=all, enable.idempotence=true, "
                + "linger.ms=0, max.in.flight.requests.per.connection=1", "consumer",
                "fetch.min.bytes=1, fetch.max.wait.ms=100, manual commit", "broker",
                "in-JVM KRaft broker (Kafka's own jars), 1 partition per topic, loopback"));
        report.put("latencies", latencies);
        report.put("riskEngine", Map.of("checksPerSecondPerCore", checksPerSecond, "error", error,
                "target", 100_000, "met", checksPerSecond >= 100_000));
        report.put("notMeasured", List.of("decision path through the five services and the broker simulator",
                "kill switch breach → cancel-all at the simulator", "warning path stop → webhook",
                "time to ready and RSS of each service"));
        Files.writeString(out.resolve("benchmark-report.json"), JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        Files.writeString(out.resolve("benchmark-report.md"), markdown(report, latencies, checksPerSecond, error));
        System.out.println("Report: " + out.resolve("benchmark-report.md") + " and .json");
        System.exit(0);
    }

    private static String markdown(Map<String, Object> report, List<LatencyResult> latencies, double checks,
            double error) throws IOException {
        StringBuilder md = new StringBuilder("# TradeGuard benchmark report\n\n");
        md.append("Measured ").append(report.get("measuredAt")).append(" on ").append(report.get("machine"))
                .append("\n\nSettings: ").append(report.get("settings")).append("\n\n");
        md.append("| path | offered /s | sent | received | p50 µs | p99 µs | p99.9 µs | max µs |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (LatencyResult r : latencies) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.0f | %.0f | %.0f |%n", r.path(),
                    r.offeredPerSecond(), r.sent(), r.received(), r.p50Micros(), r.p99Micros(), r.p999Micros(),
                    r.maxMicros()));
        }
        md.append(String.format(Locale.ROOT, "%nRisk engine alone (JMH, one thread): %,.0f full checks/s (± %,.0f);"
                + " target ≥ 100,000: %s%n", checks, error, checks >= 100_000 ? "met" : "NOT met"));
        md.append("\nNot measured by this version: ").append(report.get("notMeasured")).append('\n');
        return md.toString();
    }
}

package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.testing.DashboardMetrics;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.pipeline.LocalPipeline;
import dev.tradeguard.testing.pipeline.ServiceProcess;

/**
 * Scenario 6: the operator's {@code tradeguard} command (cli/bin/tradeguard, the packaged jar) run as a process
 * against the running services, as in docs/operations.md. It halts, resumes and flattens the one account of the
 * pipeline and stops a service, so it runs after every other scenario.
 */
@Order(6)
@ExtendWith(Pipeline.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineToolIT {
    private static final String ACCOUNT = LocalPipeline.ACCOUNT;
    private static final String SYMBOL = "IDLE";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    record Result(int exitCode, String out, String err) {
        String all() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @Test
    @Order(1)
    void haltThenStatusShowsHaltedAndResumeMakesTheAccountActiveAgain() throws IOException {
        Result halt = tradeguard("halt", "--account", ACCOUNT, "--reason", "operator drill from the command line");
        assertThat(halt.exitCode()).as(halt.all()).isZero();
        assertThat(halt.out()).contains(ACCOUNT + ": ACTIVE -> HALTED by root")
                .contains(ACCOUNT + ": execution-service enforces HALTED");

        Result status = tradeguard("status", "--account", ACCOUNT);
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains(ACCOUNT + "  HALTED  since")
                .contains("by root: operator drill from the command line")
                .contains("services:  recommendation-service UP  risk-service UP  execution-service UP");
        Result json = tradeguard("status", "--account", ACCOUNT, "--json");
        JsonNode account = JSON.readTree(json.out()).path("accounts").get(0);
        assertThat(account.path("tradingState").path("state").asText()).as(json.all()).isEqualTo("HALTED");
        assertThat(account.path("account").path("equity").isNumber()).as(json.all()).isTrue();

        Result resume = tradeguard("resume", "--account", ACCOUNT, "--reason", "drill over");
        assertThat(resume.exitCode()).as(resume.all()).isZero();
        assertThat(resume.out()).contains(ACCOUNT + ": HALTED -> ACTIVE").contains("execution-service enforces ACTIVE");
        assertThat(Pipeline.VIEWER.get(Pipeline.get().risk().baseUrl() + "/trading-state/" + ACCOUNT).body()
                .path("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    @Order(2)
    void closeAllWithoutForceDoesNothingAndSaysSoWithForceItLeavesTheSimulatorFlat() {
        LocalPipeline pipeline = Pipeline.get();
        pipeline.setPrice(SYMBOL, "30.00");
        ApprovedOrder buy = Pipeline.approvedBuy(SYMBOL, "30.00", "27.00", "40.00",
                Instant.now().plus(Duration.ofMinutes(10)));
        Pipeline.publish(buy);
        Awaitility.await("a position in " + SYMBOL + " with its bracket's exit legs working")
                .atMost(Pipeline.PATIENCE).until(() -> "1".equals(Pipeline.brokerPosition(SYMBOL).path("qty").asText())
                        && !openOrders().isEmpty());
        int openBefore = openOrders().size();

        Result refused = tradeguard("close-all", "--account", ACCOUNT);
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
        assertThat(refused.err()).contains("REFUSED").contains("Nothing was done").contains("--force");
        assertThat(Pipeline.brokerPosition(SYMBOL).path("qty").asText()).isEqualTo("1");
        assertThat(openOrders()).hasSize(openBefore);

        Result closed = tradeguard("close-all", "--account", ACCOUNT, "--force");
        assertThat(closed.exitCode()).as(closed.all()).isZero();
        assertThat(closed.out()).contains("closed position " + SYMBOL).contains("cancelled order ")
                .contains(ACCOUNT + ": FLAT");
        assertThat(brokerList("/v2/positions")).as("positions at the simulator").isEmpty();
        assertThat(openOrders()).as("open orders at the simulator").isEmpty();
    }

    @Test
    @Order(3)
    void exportZipHoldsEveryFileItsManifestListsWithMatchingChecksums() throws Exception {
        Path zip = home.resolve("export/" + ACCOUNT + ".zip");
        String today = LocalDate.now(ZoneId.of("America/New_York")).toString();

        // the simulator's clock stands on 2024-03-05; the services' own records carry today's date
        Result export = tradeguard("export", "--account", ACCOUNT, "--from", "2024-03-01", "--to", today, "--out",
                zip.toString());
        assertThat(export.exitCode()).as(export.all()).isZero();

        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().forEach(entry -> {
                try {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Map<String, String> manifest = new HashMap<>();
        for (String line : new String(entries.get("MANIFEST.sha256"), StandardCharsets.UTF_8).split("\n")) {
            String[] shaAndFile = line.split(" {2}", 2);
            manifest.put(shaAndFile[1], shaAndFile[0]);
        }
        assertThat(manifest.keySet()).as("every file of the zip is in its manifest, and only those")
                .containsExactlyInAnyOrderElementsOf(entries.keySet().stream()
                        .filter(name -> !name.equals("MANIFEST.sha256")).toList());
        manifest.forEach((file, sha) -> assertThat(sha256(entries.get(file))).as(file).isEqualTo(sha));
        assertThat(manifest).containsKeys("audit.json", "decisions.json", "orders.json", "fills.json",
                "alerts.json", "deliveries.json", "reports/performance.png", "reports/daily-2024-03-05.json",
                "reports/daily-2024-03-05.html", "EXPORT.txt");
        assertThat(new String(entries.get("fills.json"), StandardCharsets.UTF_8)).contains("\"" + SYMBOL + "\"");
        assertThat(new String(entries.get("orders.json"), StandardCharsets.UTF_8))
                .contains("\"" + SYMBOL + "\"");
        assertThat(new String(entries.get("audit.json"), StandardCharsets.UTF_8))
                .contains("operator drill from the command line");
        assertThat(new String(entries.get("alerts.json"), StandardCharsets.UTF_8)).contains("TRADING_HALTED");
    }

    @Test
    @Order(4)
    void healthIsZeroOnTheRunningPipelineAndAStoppedServiceGivesANonZeroExitNamingIt() {
        Result healthy = tradeguard("health", "--verbose");
        assertThat(healthy.exitCode()).as(healthy.all()).isZero();
        assertThat(healthy.out()).contains("ALL READY").contains("paper/live verification: PASSED — mode PAPER")
                .contains("broker: trade-updates-stream UP")
                .contains("kafka consumer kafka-consumer-positions-in lag 0");

        ServiceProcess alert = Pipeline.get().alert();
        alert.stop();
        try {
            Result stopped = tradeguard("health");
            assertThat(stopped.exitCode()).as(stopped.all()).isEqualTo(3);
            assertThat(stopped.out()).contains("alert-service did not answer GET " + alert.managementUrl()
                    + "/q/health/ready").contains("NOT READY: alert-service (did not answer)");
            assertThat(stopped.all()).doesNotContain("\tat ").doesNotContain("Exception");

            Result status = tradeguard("status", "--account", ACCOUNT);
            assertThat(status.exitCode()).as(status.all()).isEqualTo(3);
            assertThat(status.out()).contains("alert-service NO ANSWER");
        } finally {
            alert.start();
            alert.awaitReady(Duration.ofMinutes(3));
        }
    }

    private static List<JsonNode> openOrders() {
        return brokerList("/v2/orders?status=open&nested=false&limit=500");
    }

    private static List<JsonNode> brokerList(String path) {
        List<JsonNode> items = new ArrayList<>();
        LocalPipeline pipeline = Pipeline.get();
        pipeline.simulatorApi().get(pipeline.simulator().baseUrl() + path).expect(200).body().forEach(items::add);
        return items;
    }

    /** Runs cli/bin/tradeguard with the pipeline's URLs and an admin token in its environment, as an operator would. */
    private static Result tradeguard(String... args) {
        LocalPipeline pipeline = Pipeline.get();
        Path launcher = DashboardMetrics.repositoryRoot().resolve("cli/bin/tradeguard");
        assertThat(launcher.resolveSibling("../target/tradeguard.jar").normalize())
                .as("the packaged command line tool (./mvnw -pl cli package)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TRADEGUARD_"));
        env.put("HOME", home.toString());
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("TRADEGUARD_CONFIG", home.resolve("config.properties").toString());
        env.put("TRADEGUARD_TOKEN", TestJwt.token("root", "admin"));
        for (ServiceProcess service : pipeline.services()) {
            String key = service.name().replace("-service", "").toUpperCase(java.util.Locale.ROOT);
            env.put("TRADEGUARD_" + key + "_URL", service.baseUrl());
            env.put("TRADEGUARD_" + key + "_MANAGEMENT_URL", service.managementUrl());
        }
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("tradeguard " + String.join(" ", args) + " did not finish in "
                        + COMMAND_TIMEOUT);
            }
            Result result = new Result(process.exitValue(), out.join(), err.join());
            transcript(args, result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Every command and what it printed, beside the services' logs: what an operator would have seen. */
    private static void transcript(String[] args, Result result) throws IOException {
        Path log = Pipeline.get().workDir().resolve("logs/tradeguard-cli.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "$ tradeguard " + String.join(" ", args) + "\n" + result.all() + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

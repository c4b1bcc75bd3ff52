package dev.tradeguard.testing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own operating-system process, the
 * way the local runtime runs it. Its output goes to a log file; {@link #kill()} is a real SIGKILL. With
 * {@code -Dtradeguard.pipeline.native=true} it runs the service's native executable instead
 * ({@code target/<module>-<version>-runner}, built by {@code ./mvnw -Pnative package}; deploy/native/README.md).
 */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final boolean NATIVE = Boolean.getBoolean("tradeguard.pipeline.native");

    private final String name;
    private final Path jar;
    private final int port;
    /** Health and metrics (Quarkus' management interface of a packaged service); the API port where there is none. */
    private final int managementPort;
    private final List<String> systemProperties;
    private final Path log;
    private Process process;
    private long startedAtNanos;
    private Duration timeToReady;

    /** A process that serves health on its one port (the broker simulator, the console). */
    ServiceProcess(String name, Path jar, int port, List<String> systemProperties, Path log) {
        this(name, jar, port, port, systemProperties, log);
    }

    ServiceProcess(String name, Path jar, int port, int managementPort, List<String> systemProperties, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.systemProperties = List.copyOf(systemProperties);
        this.log = log;
    }

    /** Starts the process (does not wait for it to be ready). */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        Path executable = NATIVE ? nativeExecutable() : jar;
        if (!Files.isRegularFile(executable)) {
            throw new IllegalStateException(name + " is not packaged: " + executable + " is missing (run ./mvnw "
                    + (NATIVE ? "-Pnative " : "") + "package first)");
        }
        List<String> command = new ArrayList<>();
        command.add(NATIVE ? executable.toString() : Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms64m");
        command.add("-Xmx256m");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        if (managementPort != port) {
            command.add("-Dquarkus.management.port=" + managementPort);
            command.add("-Dquarkus.management.host=127.0.0.1");
        }
        command.addAll(systemProperties);
        if (!NATIVE) {
            command.add("-jar");
            command.add(jar.toString());
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "=== start: " + String.join(" ", command) + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            startedAtNanos = System.nanoTime();
            timeToReady = null;
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** {@code target/<name>-<version>-runner}: the one native executable beside {@code target/quarkus-app}. */
    private Path nativeExecutable() {
        Path target = jar.getParent().getParent();
        try (var runners = Files.list(target)) {
            return runners.filter(file -> file.getFileName().toString().startsWith(name + "-")
                            && file.getFileName().toString().endsWith("-runner"))
                    .findFirst().orElse(target.resolve(name + "-runner"));
        } catch (IOException e) {
            return target.resolve(name + "-runner");
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 on the management port; fails at once (with the log's end) if the process died. */
    public Duration awaitReady(Duration timeout) {
        Awaitility.await(name + " ready on :" + port).atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (!isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue()
                                + " before it was ready; log " + log + ":\n" + logTail(40));
                    }
                    return status(managementUrl() + "/q/health/ready") == 200;
                });
        timeToReady = Duration.ofNanos(System.nanoTime() - startedAtNanos);
        return timeToReady;
    }

    /** SIGKILL: no shutdown hook, no graceful close, exactly like a crashed pod. */
    public void kill() {
        end(true);
    }

    /** SIGTERM and wait (Quarkus shuts down gracefully); SIGKILL if it takes longer than 15 s. */
    public void stop() {
        end(false);
    }

    private synchronized void end(boolean forcibly) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where {@code /q/health}, {@code /q/metrics} and (when enabled) {@code /q/openapi} answer. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    /** From {@link #start()} to the first ready answer of the last start; null before that. */
    public Duration timeToReady() {
        return timeToReady;
    }

    /** Resident set size in KiB (Linux {@code /proc/<pid>/status}), or -1 where that is not readable. */
    public long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public Path log() {
        return log;
    }

    /** The last lines of the service's log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The status {@code /q/health} (liveness and readiness together) answers now; -1 when nothing answers. */
    public int healthStatus() {
        return status(managementUrl() + "/q/health");
    }

    private int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                    .GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public String toString() {
        return name + " :" + port;
    }
}

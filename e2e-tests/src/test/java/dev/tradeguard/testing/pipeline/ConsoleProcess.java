package dev.tradeguard.testing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.tradeguard.testing.DashboardMetrics;
import dev.tradeguard.testing.TestJwt;

/**
 * The operator's console as one more process of the running pipeline, started from its packaged app the way the
 * pipeline starts the services: pointed at the five services, signing its calls with the key the services trust, and
 * with one local user per role (passwords hashed by the console's own {@code PasswordHash}, as the local runtime does).
 * In this package only because {@link ServiceProcess}'s constructor is package-private.
 */
public final class ConsoleProcess implements AutoCloseable {
    public static final String PASSWORD = "e2e console password";
    /** user → role, the people of the browser scenarios. */
    public static final Map<String, String> USERS = Map.of("vera", "viewer", "alice", "approver",
            "rita", "risk-officer", "root", "admin");

    private final ServiceProcess process;
    private final Path signingKey;

    private ConsoleProcess(ServiceProcess process, Path signingKey) {
        this.process = process;
        this.signingKey = signingKey;
    }

    public static ConsoleProcess start(LocalPipeline pipeline, int port) {
        Path app = DashboardMetrics.repositoryRoot().resolve("console/target/quarkus-app");
        Path dir = pipeline.workDir().resolve("console");
        Path key = dir.resolve("signing-key.pem");
        try {
            Files.createDirectories(dir);
            TestJwt.writePrivateKeyPem(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = hash(app, PASSWORD);
        List<String> properties = new ArrayList<>(List.of(
                "-Dtradeguard.console.services.risk=" + pipeline.risk().baseUrl(),
                "-Dtradeguard.console.services.execution=" + pipeline.execution().baseUrl(),
                "-Dtradeguard.console.services.monitor=" + pipeline.monitor().baseUrl(),
                "-Dtradeguard.console.services.alert=" + pipeline.alert().baseUrl(),
                // the services serve health on their management interface (the status page asks there)
                "-Dtradeguard.console.services.management.risk=" + pipeline.risk().managementUrl(),
                "-Dtradeguard.console.services.management.execution=" + pipeline.execution().managementUrl(),
                "-Dtradeguard.console.services.management.monitor=" + pipeline.monitor().managementUrl(),
                "-Dtradeguard.console.services.management.alert=" + pipeline.alert().managementUrl(),
                "-Dtradeguard.console.tokens.issuer=" + TestJwt.ISSUER,
                "-Dtradeguard.console.refresh-interval=1s",
                "-Dsmallrye.jwt.sign.key.location=" + key.toUri(),
                "-Dquarkus.http.auth.session.encryption-key=" + UUID.randomUUID()));
        USERS.forEach((user, role) -> {
            properties.add("-Dtradeguard.console.users.\"" + user + "\".password-hash=" + hash);
            properties.add("-Dtradeguard.console.users.\"" + user + "\".roles=" + role);
        });
        ServiceProcess console = new ServiceProcess("console", app.resolve("quarkus-run.jar"), port, properties,
                pipeline.workDir().resolve("logs/console.log"));
        console.start();
        console.awaitReady(Duration.ofMinutes(2));
        return new ConsoleProcess(console, key);
    }

    public String baseUrl() {
        return process.baseUrl();
    }

    public ServiceProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop();
        try {
            Files.deleteIfExists(signingKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's PasswordHash tool, run as the local runtime runs it (password on standard input). */
    private static String hash(Path app, String password) {
        String classpath = app.resolve("app") + "/*" + java.io.File.pathSeparator + app.resolve("lib/main") + "/*";
        try {
            Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath, "dev.tradeguard.console.security.PasswordHash").redirectErrorStream(true).start();
            tool.getOutputStream().write(password.getBytes(StandardCharsets.UTF_8));
            tool.getOutputStream().close();
            if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                throw new IllegalStateException("PasswordHash failed: " + new String(tool.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8));
            }
            return new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

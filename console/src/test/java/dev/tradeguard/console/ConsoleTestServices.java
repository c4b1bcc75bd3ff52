package dev.tradeguard.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import dev.tradeguard.testing.TestJwt;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The four services as one WireMock server (each under its own path prefix, e.g. {@code /risk/approvals}), the run's
 * test signing key ({@link TestJwt}), and one local user per role, all with {@link #PASSWORD}.
 */
public class ConsoleTestServices implements QuarkusTestResourceLifecycleManager {
    public static final String PASSWORD = "correct horse battery";
    private static WireMockServer server;
    private Path keyFile;

    public static WireMockServer wireMock() {
        return server;
    }

    /** The public half of the key the console signs its calls with. */
    public static java.security.PublicKey signingKey() {
        return TestJwt.publicKey();
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        try {
            keyFile = Files.createTempFile("console-test-signing", ".pem");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestJwt.writePrivateKeyPem(keyFile);
        Map<String, String> config = new HashMap<>();
        String base = server.baseUrl();
        config.put("tradeguard.console.services.risk", base + "/risk");
        config.put("tradeguard.console.services.execution", base + "/execution");
        config.put("tradeguard.console.services.monitor", base + "/monitor");
        config.put("tradeguard.console.services.alert", base + "/alert");
        config.put("tradeguard.console.services.management.risk", base + "/risk-management");
        config.put("tradeguard.console.service-timeout", "2s");
        config.put("quarkus.http.auth.session.encryption-key", java.util.UUID.randomUUID().toString());
        config.put("smallrye.jwt.sign.key.location", keyFile.toUri().toString());
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        Map.of("vera", "viewer", "alice", "approver", "rita", "risk-officer", "root", "admin").forEach((user, role) -> {
            config.put("tradeguard.console.users.\"" + user + "\".password-hash", hash);
            config.put("tradeguard.console.users.\"" + user + "\".roles", role);
        });
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        try {
            if (keyFile != null) {
                Files.deleteIfExists(keyFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

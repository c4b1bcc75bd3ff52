package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.config.Settings;

class LoginAndSettingsTest extends WithFakeServices {
    @BeforeEach
    void answer() {
        services.env().remove("TRADEGUARD_TOKEN");
    }

    @Test
    void loginMintsTheTokenJwtShWouldWithTheRuntimeKeyStoresItPrivatelyAndLaterCommandsSendIt() throws Exception {
        KeyPair keys = localRuntimeKeys();
        services.env().put("TRADEGUARD_DATA_DIR", home.resolve(".local").toString());

        FakeServices.Run run = services.run("login", "--user", "rita", "--role", "risk-officer,viewer");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        Path tokenFile = home.resolve(".config/tradeguard/token-default");
        assertThat(run.out()).contains("a token for rita (risk-officer, viewer)").contains(tokenFile.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
        String token = Files.readString(tokenFile).strip();
        String[] parts = token.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(keys.getPublic());
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("iss").asText()).isEqualTo("https://tradeguard.local");
        assertThat(claims.path("upn").asText()).isEqualTo("rita");
        assertThat(claims.path("groups").toString()).isEqualTo("[\"risk-officer\",\"viewer\"]");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(12 * 3600);

        services.answer(Service.RISK, "GET", "/approvals?limit=1000&status=PENDING", 200, "[]");
        services.run("approvals", "list");
        assertThat(services.requests().get(0).authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void loginWithoutASigningKeySaysWhereItLookedAndExitsFive() {
        services.env().put("TRADEGUARD_DATA_DIR", home.resolve("nowhere").toString());

        FakeServices.Run run = services.run("login");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(run.err()).contains(home.resolve("nowhere/jwt/private.pem").toString())
                .contains("deploy/local/jwt.sh keys");
    }

    @Test
    void loginStoresAGivenTokenForTheChosenProfile() throws Exception {
        FakeServices.Run run = services.run("--profile", "prod", "login", "--token", "aaa.bbb.ccc");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(home.resolve(".config/tradeguard/token-prod")).strip()).isEqualTo("aaa.bbb.ccc");
    }

    @Test
    void withoutATokenAServicesRefusalSaysHowToGetOne() {
        services.answer(Service.RISK, "GET", "/approvals?limit=1000&status=PENDING", 401, "");

        FakeServices.Run run = services.run("approvals", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("risk-service answered 401").contains("tradeguard login");
        assertThat(services.requests().get(0).authorization()).isNull();
    }

    @Test
    void theEnvironmentOverridesTheProfileWhichOverridesTheBareKeyAndTheGatewayServesTheRest() throws Exception {
        Path config = home.resolve("config.properties");
        Files.writeString(config, """
                profile=prod
                account=PA-BARE
                prod.account=PA-PROFILE
                prod.gateway=%s
                prod.token=from-file
                """.formatted(services.url(Service.MONITOR)));
        Map<String, String> env = services.env();
        env.put("TRADEGUARD_CONFIG", config.toString());
        env.remove("TRADEGUARD_MONITOR_URL");
        env.put("TRADEGUARD_TOKEN", "from-env");
        services.answer(Service.MONITOR, "GET", "/reports/daily?account=PA-PROFILE", 200, "{\"accountId\":\"PA-PROFILE\"}");

        FakeServices.Run run = services.run("report", "daily");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("daily report PA-PROFILE");
        assertThat(services.requests().get(0).authorization()).isEqualTo("Bearer from-env");
    }

    @Test
    void anUnusableUrlIsNamedWithWhereItCameFromAndExitsFive() {
        services.env().put("TRADEGUARD_RISK_URL", "127.0.0.1:8082");

        FakeServices.Run run = services.run("approvals", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(run.err()).contains("risk.url (TRADEGUARD_RISK_URL) is not a usable URL: '127.0.0.1:8082'");
    }

    @Test
    void theManagementUrlIsItsOwnSettingElseTheServiceUrlGivenElseTheLocalManagementPort() {
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", home.toString()));
        assertThat(Settings.load(env, null).managementUrl(Service.RISK)).hasToString("http://127.0.0.1:9082");
        env.put("TRADEGUARD_RISK_URL", "http://risk:8080");
        assertThat(Settings.load(env, null).managementUrl(Service.RISK)).hasToString("http://risk:8080");
        env.put("TRADEGUARD_RISK_MANAGEMENT_URL", "http://risk:9000/");
        assertThat(Settings.load(env, null).managementUrl(Service.RISK)).hasToString("http://risk:9000");
    }

    private KeyPair localRuntimeKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path pem = home.resolve(".local/jwt/private.pem");
        Files.createDirectories(pem.getParent());
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        return keys;
    }
}

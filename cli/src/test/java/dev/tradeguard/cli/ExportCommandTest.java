package dev.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;

class ExportCommandTest extends WithFakeServices {
    @BeforeEach
    void answer() {
        services.answer(Service.RISK, "GET", "/audit?limit=5000", 200, """
                [{"id":2,"at":"2026-03-03T15:00:00Z","action":"TRADING_HALTED"},
                 {"id":1,"at":"2026-02-01T15:00:00Z","action":"TRADING_RESUMED"}]""")
                .answer(Service.RISK, "GET", "/trading-state/PA-DEE/history", 200,
                        "[{\"state\":\"HALTED\",\"changedAt\":\"2026-03-03T15:00:00Z\"}]")
                .answer(Service.RISK, "GET", "/decisions?limit=1000&accountId=PA-DEE", 200,
                        "[{\"recommendationId\":\"r-1\",\"decidedAt\":\"2026-03-02T15:00:00Z\"}]")
                .answer(Service.RISK, "GET", "/approvals?limit=1000", 200, """
                        [{"id":"a-1","accountId":"PA-DEE","requestedAt":"2026-03-02T15:00:00Z"},
                         {"id":"a-2","accountId":"PA-SHORGAN","requestedAt":"2026-03-02T15:00:00Z"}]""")
                .answer(Service.EXECUTION, "GET", "/orders?limit=1000", 200,
                        "[{\"accountId\":\"PA-DEE\",\"symbol\":\"AAPL\",\"createdAt\":\"2026-03-02T15:00:00Z\"}]")
                .answer(Service.MONITOR, "GET", "/accounts/PA-DEE/order-events", 200,
                        "[{\"symbol\":\"AAPL\",\"event\":\"FILL\",\"brokerTimestamp\":\"2026-03-02T15:01:00Z\"}]")
                .answer(Service.MONITOR, "GET", "/performance/trades?account=PA-DEE&from=2026-03-02&to=2026-03-03",
                        200, "[]")
                .answer(Service.ALERT, "GET", "/accounts/PA-DEE/alerts", 200,
                        "[{\"alertType\":\"TRADING_HALTED\",\"occurredAt\":\"2026-03-03T15:00:00Z\"}]")
                .answer(Service.ALERT, "GET", "/deliveries?limit=1000&account=PA-DEE", 200,
                        "[{\"channel\":\"slack\",\"status\":\"SENT\",\"createdAt\":\"2026-03-03T15:00:01Z\"}]");
        for (String day : new String[] {"2026-03-02", "2026-03-03"}) {
            services.answer(Service.MONITOR, "GET", "/reports/daily?account=PA-DEE&date=" + day, 200,
                    "{\"date\":\"" + day + "\"}")
                    .answerBytes(Service.MONITOR, "/reports/daily?account=PA-DEE&date=" + day + "&format=html",
                            "text/html", ("<html>" + day + "</html>").getBytes(StandardCharsets.UTF_8));
        }
        services.answerBytes(Service.MONITOR, "/reports/performance.png?account=PA-DEE&from=2026-03-02&to=2026-03-03",
                "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void theZipHoldsEveryFileItsManifestListsWithMatchingChecksumsAndOnlyTheAccountsRecordsOfTheRange()
            throws Exception {
        Path zip = home.resolve("out/export.zip");

        FakeServices.Run run = services.run("export", "--account", "PA-DEE", "--from", "2026-03-02", "--to",
                "2026-03-03", "--out", zip.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
        Map<String, byte[]> entries = read(zip);
        Map<String, String> manifest = manifest(entries);
        assertThat(manifest.keySet()).containsExactlyInAnyOrderElementsOf(entries.keySet().stream()
                .filter(name -> !name.equals("MANIFEST.sha256")).toList());
        manifest.forEach((file, sha) -> assertThat(sha256(entries.get(file))).as(file).isEqualTo(sha));
        assertThat(entries).containsKeys("audit.json", "decisions.json", "orders.json", "fills.json", "alerts.json",
                "deliveries.json", "approvals.json", "trading-state-history.json", "trades.json",
                "reports/daily-2026-03-02.json", "reports/daily-2026-03-02.html", "reports/daily-2026-03-03.json",
                "reports/performance.png", "EXPORT.txt");
        JsonNode audit = Api.JSON.readTree(entries.get("audit.json"));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("action").asText()).isEqualTo("TRADING_HALTED");
        JsonNode approvals = Api.JSON.readTree(entries.get("approvals.json"));
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0).path("id").asText()).isEqualTo("a-1");
        assertThat(new String(entries.get("EXPORT.txt"), StandardCharsets.UTF_8))
                .contains("every part was read in full").contains("risk-service " + services.url(Service.RISK));
    }

    @Test
    void aPartThatCannotBeReadIsNamedTheRestIsWrittenAndTheExitCodeSaysSo() throws Exception {
        services.stopped(Service.ALERT);
        Path zip = home.resolve("export.zip");

        FakeServices.Run run = services.run("export", "--account", "PA-DEE", "--from", "2026-03-02", "--to",
                "2026-03-03", "--out", zip.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).contains("not exported: alerts.json: alert-service did not answer");
        Map<String, byte[]> entries = read(zip);
        assertThat(entries).containsKey("orders.json").doesNotContainKey("alerts.json");
        assertThat(new String(entries.get("EXPORT.txt"), StandardCharsets.UTF_8))
                .contains("MISSING alerts.json: alert-service did not answer")
                .contains("MISSING deliveries.json");
    }

    @Test
    void aRangeEndingBeforeItStartsIsAUsageErrorAndWritesNothing() {
        Path zip = home.resolve("export.zip");

        FakeServices.Run run = services.run("export", "--account", "PA-DEE", "--from", "2026-03-03", "--to",
                "2026-03-02", "--out", zip.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--to 2026-03-02 is before --from 2026-03-03");
        assertThat(zip).doesNotExist();
        assertThat(services.requests()).isEmpty();
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var names = file.entries();
            while (names.hasMoreElements()) {
                var entry = names.nextElement();
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    static Map<String, String> manifest(Map<String, byte[]> entries) {
        Map<String, String> manifest = new HashMap<>();
        for (String line : new String(entries.get("MANIFEST.sha256"), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split(" {2}", 2);
            manifest.put(parts[1], parts[0]);
        }
        return manifest;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

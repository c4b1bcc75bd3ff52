package dev.tradeguard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** k8s/ overlays, the alert rules and the dashboards, checked by the real tools where the machine has them. */
class ClusterManifestsTest {

    @Test
    void bothOverlaysBuildAndOnlyLiveTurnsLiveTradingOn() {
        assumeTrue(Deploy.available("kubectl"), "kubectl is not installed here: overlays not built");
        Deploy.Result paper = Deploy.run("kubectl", "kustomize", "k8s/overlays/paper");
        Deploy.Result live = Deploy.run("kubectl", "kustomize", "k8s/overlays/live");
        assertEquals(0, paper.exit(), paper.output());
        assertEquals(0, live.exit(), live.output());
        assertTrue(paper.output().contains("LIVE_TRADING_ENABLED: \"false\""), paper.output());
        assertTrue(live.output().contains("LIVE_TRADING_ENABLED: \"true\""));
        assertTrue(live.output().contains("tradeguard-alpaca-live"));
        for (String output : new String[] { paper.output(), live.output() }) {
            assertTrue(output.contains("kind: Kafka\n"));
            assertTrue(output.contains("cleanup.policy: compact"));
            assertTrue(output.contains("name: trading-state.dlq"));
            assertTrue(output.contains("min.insync.replicas: 2"));
            assertTrue(output.contains("kind: ScheduledBackup"));
        }
    }

    @Test
    void alertRulesPassPromtool() {
        assumeTrue(Deploy.available("promtool"), "promtool is not installed here (Debian package prometheus)");
        Deploy.Result check = Deploy.run("promtool", "check", "rules", "deploy/helm/tradeguard/files/prometheus-rules.yaml");
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("SUCCESS"), check.output());
    }

    @Test
    void dashboardsHaveFixedUidsAndTheVariablesOperatorsFilterBy() throws Exception {
        assertTrue(Deploy.dashboards().size() >= 2);
        for (Path file : Deploy.dashboards()) {
            JsonNode dashboard = new ObjectMapper().readTree(Files.readString(file));
            assertTrue(dashboard.path("uid").asText().startsWith("tradeguard-"), file.toString());
            String variables = dashboard.at("/templating/list").findValuesAsText("name").toString();
            for (String variable : new String[] { "datasource", "job", "instance" }) {
                assertTrue(variables.contains(variable), file + " lacks $" + variable);
            }
            for (JsonNode panel : dashboard.path("panels")) {
                assertEquals("${datasource}", panel.at("/datasource/uid").asText(), file + " panel " + panel.path("title"));
            }
        }
    }
}

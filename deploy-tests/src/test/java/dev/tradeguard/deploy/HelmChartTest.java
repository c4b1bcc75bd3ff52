package dev.tradeguard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/** The Helm chart, rendered by real helm (helm-java), checked for what keeps money and keys safe. */
class HelmChartTest {
    static final Path CHART = Deploy.ROOT.resolve("deploy/helm/tradeguard");
    static final Set<String> SERVICES = Set.of("recommendation-service", "risk-service", "execution-service",
            "monitor-service", "alert-service");
    static final String CONSOLE = "console";
    static List<JsonNode> defaults;
    /** The defaults plus the console (off by default), so rules over every Deployment cover it. */
    static List<JsonNode> withConsole;

    @BeforeAll
    static void renderDefaults() throws IOException {
        defaults = render(t -> t);
        withConsole = render(t -> t.set("console.enabled", true));
    }

    static List<JsonNode> render(UnaryOperator<TemplateCommand> options) throws IOException {
        String yaml = options.apply(new Helm(CHART).template().withName("tg").withNamespace("tradeguard")).call();
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(o.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** Names of every Secret a Deployment's pods can read (env, envFrom, volumes). */
    static Set<String> secretsOf(JsonNode deployment) {
        Set<String> secrets = new TreeSet<>();
        deployment.findValues("secretRef").forEach(ref -> secrets.add(ref.path("name").asText()));
        deployment.findValues("secretKeyRef").forEach(ref -> secrets.add(ref.path("name").asText()));
        deployment.findValues("secret").forEach(ref -> secrets.add(ref.path("secretName").asText()));
        return secrets;
    }

    @Test
    void helmLintPasses() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertFalse(lint.isFailed(), () -> String.join("\n", lint.getMessages()));
    }

    @Test
    void everyServiceHasDeploymentServiceConfigMapAndDisruptionBudget() {
        for (String service : SERVICES) {
            named(defaults, "Deployment", service);
            named(defaults, "Service", service);
            named(defaults, "ConfigMap", service);
            named(defaults, "PodDisruptionBudget", service);
        }
    }

    @Test
    void onlyExecutionServiceMountsTheAlpacaTradingKeys() {
        for (JsonNode deployment : ofKind(withConsole, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            assertEquals("execution-service".equals(name), secretsOf(deployment).contains("tradeguard-alpaca"), name);
        }
    }

    /**
     * Each Deployment holds exactly the Secrets of its role, with the console rendered too (it is off by default): a
     * service its own concern's Secrets, the JWT public key, its own database role and its own Kafka client
     * certificate; the console its signing key, OIDC client secret and session key, and no database role, broker key
     * or Kafka certificate. A Deployment with no role here fails.
     */
    @Test
    void everySecretIsMountedOnlyWhereItBelongs() {
        Map<String, String> owner = Map.ofEntries(Map.entry("tradeguard-anthropic", "recommendation-service"),
                Map.entry("tradeguard-financial-datasets", "recommendation-service"),
                Map.entry("tradeguard-market-data", "monitor-service"), Map.entry("tradeguard-alpaca", "execution-service"),
                Map.entry("tradeguard-smtp", "alert-service"), Map.entry("tradeguard-slack", "alert-service"),
                Map.entry("tradeguard-discord", "alert-service"), Map.entry("tradeguard-twilio", "alert-service"),
                Map.entry("tradeguard-jwt-signing", CONSOLE), Map.entry("tradeguard-console-oidc", CONSOLE),
                Map.entry("tradeguard-console-session", CONSOLE));
        Set<String> deployments = new TreeSet<>();
        for (JsonNode deployment : ofKind(withConsole, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            deployments.add(name);
            Set<String> expected = new TreeSet<>();
            owner.forEach((secret, holder) -> {
                if (holder.equals(name)) {
                    expected.add(secret);
                }
            });
            if (SERVICES.contains(name)) {
                // verifies JWTs, its own database role, its own KafkaUser's certificate and the cluster CA
                expected.addAll(List.of("tradeguard-jwt", "tradeguard-db-" + name.replace("-service", ""), name,
                        "tradeguard-cluster-ca-cert"));
            }
            assertEquals(expected, secretsOf(deployment), name);
        }
        assertEquals(new TreeSet<>(List.of(CONSOLE, "recommendation-service", "risk-service", "execution-service",
                "monitor-service", "alert-service")), deployments, "every Deployment has a rule above");
    }

    @Test
    void everyContainerHasProbesResourcesAndANonRootReadOnlySecurityContext() {
        for (JsonNode deployment : ofKind(withConsole, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name);
            for (JsonNode container : pod.path("containers")) {
                assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), name);
                assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name);
                assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name);
                assertFalse(container.at("/resources/requests/memory").isMissingNode(), name);
                assertFalse(container.at("/resources/limits/memory").isMissingNode(), name);
                assertTrue(container.at("/securityContext/runAsNonRoot").asBoolean(), name);
                assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), name);
                assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), name);
            }
        }
    }

    @Test
    void executionServiceIsOneReplicaWithRecreateEvenWhenAskedForMore() throws IOException {
        JsonNode execution = named(render(t -> t.set("services.execution-service.replicas", 3)), "Deployment",
                "execution-service");
        assertEquals(1, execution.at("/spec/replicas").asInt());
        assertEquals("Recreate", execution.at("/spec/strategy/type").asText());
        assertEquals("RollingUpdate", named(defaults, "Deployment", "risk-service").at("/spec/strategy/type").asText());
    }

    @Test
    void networkPoliciesDenyByDefaultAndOnlyExecutionReachesTheBroker() {
        JsonNode deny = named(defaults, "NetworkPolicy", "tradeguard-default-deny");
        assertEquals(List.of("Ingress", "Egress"), List.of(deny.at("/spec/policyTypes/0").asText(),
                deny.at("/spec/policyTypes/1").asText()));
        assertTrue(deny.at("/spec/ingress").isMissingNode() && deny.at("/spec/egress").isMissingNode());
        for (String service : SERVICES) {
            JsonNode policy = named(defaults, "NetworkPolicy", service);
            assertEquals("gateway", policy.at("/spec/ingress/0/from/0/namespaceSelector/matchLabels")
                    .path("kubernetes.io/metadata.name").asText(), service);
        }
        assertTrue(named(defaults, "NetworkPolicy", "risk-service").findValues("ipBlock").isEmpty(),
                "risk-service talks to nothing outside the cluster");
        assertFalse(named(defaults, "NetworkPolicy", "execution-service").findValues("ipBlock").isEmpty());
    }

    @Test
    void executionServiceReachesTheMarketDataStreamBesidesTheBroker() throws IOException {
        List<JsonNode> narrowed = render(t -> t.set("networkPolicy.brokerApiCidrs[0]", "192.0.2.10/32")
                .set("networkPolicy.marketDataApiCidrs[0]", "198.51.100.20/32"));
        String execution = named(narrowed, "NetworkPolicy", "execution-service").findValues("ipBlock").toString();
        assertTrue(execution.contains("192.0.2.10/32") && execution.contains("198.51.100.20/32"), execution);
        String monitor = named(narrowed, "NetworkPolicy", "monitor-service").findValues("ipBlock").toString();
        assertTrue(monitor.contains("198.51.100.20/32") && !monitor.contains("192.0.2.10/32"), monitor);
    }

    @Test
    void operatorEndpointsAreExposedUnderOneHostAsHttpRouteOrIngress() throws IOException {
        JsonNode route = named(defaults, "HTTPRoute", "tradeguard");
        String paths = route.findValues("value").toString();
        for (String path : List.of("/approvals", "/trading-state", "/emergency", "/reports")) {
            assertTrue(paths.contains(path), path);
        }
        List<JsonNode> withIngress = render(t -> t.set("exposure.kind", "ingress"));
        assertTrue(ofKind(withIngress, "HTTPRoute").isEmpty());
        named(withIngress, "Ingress", "tradeguard");
    }

    @Test
    void serviceMonitorAndRulesAreBehindFlagsAndDashboardsAreLabelled() throws IOException {
        assertTrue(ofKind(defaults, "ServiceMonitor").isEmpty());
        assertTrue(ofKind(defaults, "PrometheusRule").isEmpty());
        List<JsonNode> monitored = render(t -> t.set("serviceMonitor.enabled", true).set("prometheusRule.enabled", true));
        assertEquals("/q/metrics", named(monitored, "ServiceMonitor", "tradeguard").at("/spec/endpoints/0/path").asText());
        assertFalse(named(monitored, "PrometheusRule", "tradeguard").at("/spec/groups").isEmpty());
        List<JsonNode> dashboards = ofKind(defaults, "ConfigMap").stream()
                .filter(c -> "1".equals(c.at("/metadata/labels/grafana_dashboard").asText())).toList();
        assertEquals(Deploy.dashboards().size(), dashboards.size());
    }

    @Test
    void everyValueIsDocumented() throws IOException {
        List<String> lines = Files.readAllLines(CHART.resolve("values.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean topLevelKey = line.matches("^[a-zA-Z][a-zA-Z0-9]*:.*");
            if (topLevelKey) {
                assertTrue(i > 0 && lines.get(i - 1).trim().startsWith("#"), "undocumented value: " + line);
            }
        }
    }
}

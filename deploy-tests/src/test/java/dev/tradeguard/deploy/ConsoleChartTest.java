package dev.tradeguard.deploy;

import static dev.tradeguard.deploy.HelmChartTest.named;
import static dev.tradeguard.deploy.HelmChartTest.ofKind;
import static dev.tradeguard.deploy.HelmChartTest.render;
import static dev.tradeguard.deploy.HelmChartTest.secretsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator's web console in the chart (issue 16): off by default; when on, a pod that holds only its own Secrets
 * (no database, no broker key, no Kafka certificate), is probed where it really serves health, reaches only the
 * services it calls and the OpenID Connect provider, and is routed to on a host of its own.
 */
class ConsoleChartTest {
    /** The services the console calls (console/…/client/Service): never recommendation-service. */
    static final Set<String> CALLED = Set.of("risk-service", "execution-service", "monitor-service", "alert-service");
    static List<JsonNode> withRoute;
    static List<JsonNode> withIngress;
    static JsonNode console;

    @BeforeAll
    static void renderWithConsole() throws IOException {
        withRoute = render(t -> t.set("console.enabled", true));
        withIngress = render(t -> t.set("console.enabled", true).set("exposure.kind", "ingress"));
        console = named(withRoute, "Deployment", "console");
    }

    @Test
    void withTheDefaultValuesNoConsoleObjectRenders() throws IOException {
        for (List<JsonNode> rendered : List.of(render(t -> t), render(t -> t.set("exposure.kind", "ingress")))) {
            for (JsonNode object : rendered) {
                String name = object.at("/metadata/name").asText();
                assertFalse(name.startsWith("console"), object.path("kind") + " " + name);
                assertFalse(object.toString().contains("\"app.kubernetes.io/name\":\"console\""),
                        object.path("kind") + " " + name + " selects the console");
            }
        }
    }

    @Test
    void consoleMountsOnlyItsSigningKeyOidcClientSecretAndSessionKey() {
        for (List<JsonNode> rendered : List.of(withRoute, withIngress)) {
            JsonNode deployment = named(rendered, "Deployment", "console");
            assertEquals(Set.of("tradeguard-jwt-signing", "tradeguard-console-oidc", "tradeguard-console-session"),
                    secretsOf(deployment));
            String pod = deployment.at("/spec/template").toString();
            assertFalse(pod.contains("QUARKUS_DATASOURCE"), "the console has no database: " + pod);
            assertFalse(pod.contains("KAFKA"), "the console has no Kafka client: " + pod);
            assertTrue(deployment.at("/spec/template/metadata/labels/tradeguard.dev~1kafka-client").isMissingNode(),
                    "the console is not admitted to the brokers' listener");
            assertTrue(deployment.at("/spec/template/spec/serviceAccountName").isMissingNode());
        }
        JsonNode signing = volume("jwt-signing").path("secret");
        assertEquals("[{\"key\":\"private.pem\",\"path\":\"private.pem\"}]", signing.path("items").toString(),
                "only the private key of the signing Secret");
        assertEquals(env("TRADEGUARD_JWT_PRIVATE_KEY_LOCATION"),
                "file:" + mountPath("jwt-signing") + "/" + signing.at("/items/0/path").asText());
    }

    @Test
    void consoleSignsWithTheIssuerTheServicesVerify() throws IOException {
        List<JsonNode> issued = render(t -> t.set("console.enabled", true).set("jwt.issuer", "https://sso.example.org"));
        JsonNode deployment = named(issued, "Deployment", "console");
        for (String service : CALLED) {
            assertEquals(named(issued, "ConfigMap", service).at("/data/TRADEGUARD_JWT_ISSUER").asText(),
                    env(deployment, "TRADEGUARD_JWT_ISSUER"), service);
        }
        assertEquals("https://sso.example.org", env(deployment, "TRADEGUARD_JWT_ISSUER"));
    }

    @Test
    void probesAskForHealthOnThePortTheConsoleServesItOn() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Deploy.ROOT.resolve("console/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        // quarkus.management.enabled is fixed at build time; service-support's %prod default turns it on for the
        // five services, and would for the console if the console depended on it.
        boolean managementInterface = properties.stringPropertyNames().stream()
                .anyMatch(key -> key.endsWith("quarkus.management.enabled") && "true".equals(properties.getProperty(key)))
                || Files.readString(Deploy.ROOT.resolve("console/pom.xml")).contains("<artifactId>service-support</artifactId>");
        assertFalse(managementInterface, "the chart serves the console's health on its HTTP port; update both together");
        assertEquals(env("QUARKUS_HTTP_PORT"), String.valueOf(containerPort("http")));
        JsonNode container = console.at("/spec/template/spec/containers/0");
        assertEquals(1, container.path("ports").size(), "one port: pages and health");
        for (String check : List.of("started", "live", "ready")) {
            JsonNode probe = container.path(check.equals("started") ? "startupProbe"
                    : check.equals("live") ? "livenessProbe" : "readinessProbe").path("httpGet");
            assertEquals("/q/health/" + check, probe.path("path").asText());
            assertEquals("http", probe.path("port").asText(), check);
        }
        assertTrue(properties.getProperty("quarkus.http.auth.permission.public.paths").contains("/q/health/*"),
                "kubelet probes carry no session: health must be open");
    }

    @Test
    void consoleRunsWithTheServicesSecurityContext() {
        JsonNode service = named(withRoute, "Deployment", "risk-service").at("/spec/template/spec");
        JsonNode pod = console.at("/spec/template/spec");
        assertEquals(service.path("securityContext"), pod.path("securityContext"));
        assertEquals(service.at("/containers/0/securityContext"), pod.at("/containers/0/securityContext"));
        assertEquals("[\"ALL\"]", pod.at("/containers/0/securityContext/capabilities/drop").toString());
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true));
        assertFalse(pod.at("/containers/0/resources/limits/memory").isMissingNode());
        assertEquals("/tmp", mountPath("tmp"), "a read-only root still needs a scratch directory");
        assertEquals("RollingUpdate", console.at("/spec/strategy/type").asText());
    }

    @Test
    void consolePodsFallUnderTheDefaultDeny() {
        JsonNode labels = console.at("/spec/template/metadata/labels");
        named(withRoute, "NetworkPolicy", "tradeguard-default-deny").at("/spec/podSelector/matchLabels").fields()
                .forEachRemaining(label -> assertEquals(label.getValue(), labels.path(label.getKey()), label.getKey()));
    }

    @Test
    void consoleReachesOnlyTheServicesItCallsAndTheOidcProvider() throws IOException {
        List<JsonNode> narrowed = render(t -> t.set("console.enabled", true).set("console.oidc.cidrs[0]", "203.0.113.7/32"));
        JsonNode policy = named(narrowed, "NetworkPolicy", "console");
        assertEquals("[\"Ingress\",\"Egress\"]", policy.at("/spec/policyTypes").toString());

        JsonNode ingress = policy.at("/spec/ingress");
        assertEquals(1, ingress.size(), ingress.toString());
        assertEquals("gateway", ingress.at("/0/from/0/namespaceSelector/matchLabels").path("kubernetes.io/metadata.name")
                .asText());
        assertEquals(1, ingress.at("/0/from").size(), ingress.toString());
        assertEquals(List.of(containerPort("http")), ports(ingress.get(0)));

        Map<String, List<Integer>> reached = new TreeMap<>();
        for (JsonNode rule : policy.at("/spec/egress")) {
            if (rule.path("to").isMissingNode()) {
                assertEquals(List.of(53, 53), ports(rule), "only DNS goes anywhere: " + rule);
                continue;
            }
            for (JsonNode peer : rule.path("to")) {
                assertEquals(1, peer.size(), "one kind of peer per entry: " + peer);
                if (peer.has("ipBlock")) {
                    reached.put("ipBlock " + peer.at("/ipBlock/cidr").asText(), ports(rule));
                } else {
                    JsonNode selector = peer.path("podSelector");
                    assertTrue(selector.path("matchLabels").isMissingNode(), peer.toString());
                    assertEquals(1, selector.path("matchExpressions").size(), peer.toString());
                    JsonNode expression = selector.at("/matchExpressions/0");
                    assertEquals("app.kubernetes.io/name", expression.path("key").asText());
                    assertEquals("In", expression.path("operator").asText());
                    expression.path("values").forEach(name -> reached.put(name.asText(), ports(rule)));
                }
            }
        }
        Map<String, List<Integer>> expected = new TreeMap<>();
        for (String service : CALLED) {
            expected.put(service, List.of(podPort(narrowed, service, "http"), podPort(narrowed, service, "management")));
        }
        expected.put("ipBlock 203.0.113.7/32", List.of(oidcPort()));
        assertEquals(expected, reached, "the services' API, their health for the status page, and the provider");
    }

    @Test
    void theServicesAdmitTheConsoleOnlyOnTheirApiAndHealthPorts() {
        JsonNode policy = named(withRoute, "NetworkPolicy", "console-to-services");
        assertEquals("[\"Ingress\"]", policy.at("/spec/policyTypes").toString());
        assertTrue(policy.at("/spec/egress").isMissingNode());
        Set<String> admitting = new TreeSet<>();
        policy.at("/spec/podSelector/matchExpressions/0/values").forEach(name -> admitting.add(name.asText()));
        assertEquals(new TreeSet<>(CALLED), admitting);
        JsonNode ingress = policy.at("/spec/ingress");
        assertEquals(1, ingress.size());
        assertEquals(console.at("/spec/selector/matchLabels"), ingress.at("/0/from/0/podSelector/matchLabels"));
        assertEquals(1, ingress.at("/0/from").size());
        for (String service : CALLED) {
            assertEquals(List.of(podPort(withRoute, service, "http"), podPort(withRoute, service, "management")),
                    ports(ingress.get(0)), service);
        }
    }

    @Test
    void consoleCallsEachServiceAtItsServicesApiAndManagementPorts() {
        for (String service : CALLED) {
            String prefix = "TRADEGUARD_" + service.replace("-service", "").toUpperCase() + "_";
            URI api = URI.create(env(prefix + "URL"));
            URI management = URI.create(env(prefix + "MANAGEMENT_URL"));
            assertEquals(service, api.getHost());
            assertEquals(service, management.getHost());
            assertEquals(servicePort(withRoute, service, "http"), api.getPort(), service);
            assertEquals(servicePort(withRoute, service, "management"), management.getPort(), service);
        }
    }

    @Test
    void theRoutePointsAtTheConsoleServiceOnAHostOfItsOwn() {
        JsonNode service = named(withRoute, "Service", "console");
        assertEquals(console.at("/spec/selector/matchLabels"), service.at("/spec/selector"));
        int port = service.at("/spec/ports/0/port").asInt();
        assertEquals(1, service.at("/spec/ports").size());
        assertEquals(containerPort(service.at("/spec/ports/0/targetPort").asText()), containerPort("http"));

        JsonNode route = named(withRoute, "HTTPRoute", "console");
        assertEquals("[\"console.tradeguard.example.com\"]", route.at("/spec/hostnames").toString());
        assertNotEquals(named(withRoute, "HTTPRoute", "tradeguard").at("/spec/hostnames"), route.at("/spec/hostnames"));
        assertEquals("public", route.at("/spec/parentRefs/0/name").asText());
        assertEquals(1, route.at("/spec/rules").size());
        assertEquals("[{\"name\":\"console\",\"port\":" + port + "}]", route.at("/spec/rules/0/backendRefs").toString());
        assertTrue(ofKind(withRoute, "Ingress").isEmpty());

        JsonNode ingress = named(withIngress, "Ingress", "console");
        assertEquals("console.tradeguard.example.com", ingress.at("/spec/rules/0/host").asText());
        assertEquals("[\"console.tradeguard.example.com\"]", ingress.at("/spec/tls/0/hosts").toString());
        assertEquals("tradeguard-console-tls", ingress.at("/spec/tls/0/secretName").asText());
        assertEquals("nginx", ingress.at("/spec/ingressClassName").asText());
        List<JsonNode> backends = ingress.findValues("backend");
        assertEquals(1, backends.size());
        assertEquals("{\"service\":{\"name\":\"console\",\"port\":{\"number\":" + port + "}}}", backends.get(0).toString());
        assertTrue(ofKind(withIngress, "HTTPRoute").isEmpty());
    }

    @Test
    void withoutExposureTheConsoleHasNoRoute() throws IOException {
        List<JsonNode> unexposed = render(t -> t.set("console.enabled", true).set("exposure.kind", "none"));
        named(unexposed, "Service", "console");
        assertTrue(ofKind(unexposed, "HTTPRoute").isEmpty() && ofKind(unexposed, "Ingress").isEmpty());
    }

    @Test
    void consoleHasADisruptionBudgetOnlyWithMoreThanOneReplica() throws IOException {
        assertEquals(1, named(withRoute, "PodDisruptionBudget", "console").at("/spec/minAvailable").asInt());
        List<JsonNode> single = render(t -> t.set("console.enabled", true).set("console.replicas", 1));
        assertTrue(ofKind(single, "PodDisruptionBudget").stream()
                .noneMatch(pdb -> "console".equals(pdb.at("/metadata/name").asText())));
    }

    @Test
    void signInIsThroughTheProviderWithTheLocalFormOff() {
        assertEquals("true", env("QUARKUS_OIDC_TENANT_ENABLED"));
        assertEquals("false", env("QUARKUS_HTTP_AUTH_FORM_ENABLED"));
        assertEquals("https://auth.example.com/realms/tradeguard", env("TRADEGUARD_CONSOLE_OIDC_ISSUER"));
        JsonNode config = named(withRoute, "ConfigMap", "console").at("/data/console.properties");
        assertTrue(config.asText().contains("tradeguard.console.group-roles.\"tradeguard-approvers\"=approver"), config.asText());
        assertTrue(env("SMALLRYE_CONFIG_LOCATIONS").startsWith(mountPath("config") + "/"));
    }

    private static int oidcPort() {
        URI issuer = URI.create(env("TRADEGUARD_CONSOLE_OIDC_ISSUER"));
        return issuer.getPort() > 0 ? issuer.getPort() : "https".equals(issuer.getScheme()) ? 443 : 80;
    }

    private static List<Integer> ports(JsonNode rule) {
        List<Integer> ports = new ArrayList<>();
        rule.path("ports").forEach(port -> ports.add(port.path("port").asInt()));
        return ports;
    }

    private static String env(String name) {
        return env(console, name);
    }

    private static String env(JsonNode deployment, String name) {
        for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError("the console has no " + name);
    }

    private static int containerPort(String name) {
        return podPort(withRoute, "console", name);
    }

    private static JsonNode volume(String name) {
        for (JsonNode volume : console.at("/spec/template/spec/volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        throw new AssertionError("the console has no volume " + name);
    }

    private static String mountPath(String volume) {
        for (JsonNode mount : console.at("/spec/template/spec/containers/0/volumeMounts")) {
            if (volume.equals(mount.path("name").asText())) {
                return mount.path("mountPath").asText();
            }
        }
        throw new AssertionError("the console mounts no " + volume);
    }

    /** A container port of a service's pods (what a NetworkPolicy's port means). */
    private static int podPort(List<JsonNode> rendered, String service, String name) {
        for (JsonNode port : named(rendered, "Deployment", service).at("/spec/template/spec/containers/0/ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError(service + " has no container port " + name);
    }

    private static int servicePort(List<JsonNode> rendered, String service, String name) {
        for (JsonNode port : named(rendered, "Service", service).at("/spec/ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("port").asInt();
            }
        }
        throw new AssertionError("Service " + service + " has no port " + name);
    }
}

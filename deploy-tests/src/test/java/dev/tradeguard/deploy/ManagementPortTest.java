package dev.tradeguard.deploy;

import static dev.tradeguard.deploy.HelmChartTest.SERVICES;
import static dev.tradeguard.deploy.HelmChartTest.named;
import static dev.tradeguard.deploy.HelmChartTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Health and metrics are on Quarkus' management interface, never on the API port the gateway routes to (issue 23
 * finding 5: /q/metrics, /q/openapi and /q/swagger-ui answered without a token beside the API).
 */
class ManagementPortTest {
    static List<JsonNode> monitored;
    static Properties prod;

    @BeforeAll
    static void renderWithServiceMonitor() throws IOException {
        monitored = render(t -> t.set("serviceMonitor.enabled", true));
        prod = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Deploy.ROOT.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"))) {
            prod.load(reader);
        }
    }

    @Test
    void theServicesBuildTheManagementInterfaceOnThePortTheChartUses() {
        assertEquals("true", prod.getProperty("%prod.quarkus.management.enabled"));
        assertFalse(prod.containsKey("quarkus.management.enabled") || prod.containsKey("%test.quarkus.management.enabled"),
                "tests keep health and metrics on the test port");
        for (String service : SERVICES) {
            JsonNode config = named(monitored, "ConfigMap", service).path("data");
            assertEquals(prod.getProperty("%prod.quarkus.management.port"), config.path("QUARKUS_MANAGEMENT_PORT").asText());
            assertEquals(config.path("QUARKUS_MANAGEMENT_PORT").asInt(), containerPort(service, "management"), service);
            assertEquals(config.path("QUARKUS_HTTP_PORT").asInt(), containerPort(service, "http"), service);
        }
    }

    @Test
    void probesTargetTheManagementPort() {
        for (String service : SERVICES) {
            JsonNode container = named(monitored, "Deployment", service).at("/spec/template/spec/containers/0");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertEquals("management", container.at("/" + probe + "/httpGet/port").asText(), service + " " + probe);
            }
        }
    }

    @Test
    void metricsAreNotOnTheApiPort() {
        JsonNode endpoint = named(monitored, "ServiceMonitor", "tradeguard").at("/spec/endpoints/0");
        assertEquals("/q/metrics", endpoint.path("path").asText());
        for (String service : SERVICES) {
            int scraped = servicePort(service, endpoint.path("port").asText());
            int api = servicePort(service, "http");
            assertNotEquals(api, scraped, service + ": /q/metrics scraped on the API port");
            assertEquals(containerPort(service, "management"), targetContainerPort(service, endpoint.path("port").asText()));
        }
        // Nothing in the chart points a /q/ path at the API port.
        for (JsonNode object : monitored) {
            for (JsonNode httpGet : object.findValues("httpGet")) {
                assertFalse(httpGet.path("path").asText().startsWith("/q/") && "http".equals(httpGet.path("port").asText()),
                        object.at("/metadata/name") + " " + httpGet);
            }
        }
    }

    @Test
    void theGatewayRoutesOnlyApiPathsToTheApiPort() throws IOException {
        for (List<JsonNode> rendered : List.of(monitored, render(t -> t.set("exposure.kind", "ingress")))) {
            for (JsonNode exposure : rendered.stream().filter(o -> List.of("HTTPRoute", "Ingress")
                    .contains(o.path("kind").asText())).toList()) {
                List<String> paths = exposure.findValues("path").stream().filter(JsonNode::isTextual)
                        .map(JsonNode::asText).toList();
                exposure.findValues("value").stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                        .forEach(path -> assertFalse(path.startsWith("/q"), path));
                paths.forEach(path -> assertFalse(path.startsWith("/q") || path.equals("/"), path));
                for (JsonNode port : exposure.findValues("port")) {
                    int number = port.isInt() ? port.asInt() : port.path("number").asInt();
                    assertEquals(8080, number, exposure.path("kind") + " routes to " + port);
                }
            }
        }
    }

    @Test
    void onlyTheMonitoringNamespaceReachesTheManagementPortAndOnlyTheGatewayTheApi() {
        for (String service : SERVICES) {
            for (JsonNode rule : named(monitored, "NetworkPolicy", service).at("/spec/ingress")) {
                String from = rule.at("/from/0/namespaceSelector/matchLabels").path("kubernetes.io/metadata.name").asText();
                int port = rule.at("/ports/0/port").asInt();
                assertEquals(1, rule.path("ports").size(), rule.toString());
                assertEquals(1, rule.path("from").size(), rule.toString());
                assertEquals(port == 9000 ? "monitoring" : "gateway", from, service + " " + rule);
            }
        }
    }

    @Test
    void openApiAndSwaggerUiAreOffInProdUnlessAValueTurnsThemOn() throws IOException {
        assertEquals("${TRADEGUARD_OPENAPI_ENABLED:false}", prod.getProperty("%prod.quarkus.swagger-ui.enable"));
        assertEquals("${TRADEGUARD_OPENAPI_ENABLED:false}", prod.getProperty("%prod.quarkus.smallrye-openapi.enable"));
        List<JsonNode> enabled = render(t -> t.set("openApi.enabled", true));
        for (String service : SERVICES) {
            assertEquals("false", named(monitored, "ConfigMap", service).at("/data/TRADEGUARD_OPENAPI_ENABLED").asText());
            assertEquals("true", named(enabled, "ConfigMap", service).at("/data/TRADEGUARD_OPENAPI_ENABLED").asText());
        }
    }

    private static int containerPort(String service, String name) {
        for (JsonNode port : named(monitored, "Deployment", service).at("/spec/template/spec/containers/0/ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError(service + " has no container port " + name);
    }

    private static JsonNode servicePortEntry(String service, String name) {
        for (JsonNode port : named(monitored, "Service", service).at("/spec/ports")) {
            if (name.equals(port.path("name").asText())) {
                return port;
            }
        }
        throw new AssertionError("Service " + service + " has no port " + name);
    }

    private static int servicePort(String service, String name) {
        return servicePortEntry(service, name).path("port").asInt();
    }

    private static int targetContainerPort(String service, String name) {
        JsonNode target = servicePortEntry(service, name).path("targetPort");
        return target.isInt() ? target.asInt() : containerPort(service, target.asText());
    }
}

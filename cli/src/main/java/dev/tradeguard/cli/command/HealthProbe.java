package dev.tradeguard.cli.command;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradeguard.cli.client.Api;
import dev.tradeguard.cli.client.Service;
import dev.tradeguard.cli.client.ServiceCallException;
import dev.tradeguard.cli.config.Settings;

/** A service's MicroProfile health: liveness and readiness with each check (200 UP, 503 DOWN). */
final class HealthProbe {
    private HealthProbe() {
    }

    /**
     * @param live UP, DOWN, or null when not asked/no answer
     * @param error why the service could not be asked, else null
     * @param notExposed the gateway does not route /q/health: the service's own URL is needed to ask it
     */
    record ServiceHealth(Service service, String url, String live, String ready, JsonNode readyChecks,
            JsonNode liveChecks, String error, boolean notExposed) {
        boolean unreachable() {
            return error != null && !notExposed;
        }

        boolean allUp() {
            return error == null && "UP".equals(live) && "UP".equals(ready);
        }

        ObjectNode toJson() {
            ObjectNode node = Api.JSON.createObjectNode().put("service", service.serviceName()).put("url", url)
                    .put("live", live).put("ready", ready);
            node.set("liveChecks", liveChecks);
            node.set("readyChecks", readyChecks);
            node.put("error", error);
            node.put("notExposed", notExposed);
            return node;
        }
    }

    static ServiceHealth probe(Api api, Settings settings, Service service, boolean withLiveness) {
        String url = api.managementUrl(service).toString();
        try {
            JsonNode ready = health(api, service, "/q/health/ready");
            JsonNode live = withLiveness ? health(api, service, "/q/health/live") : Api.JSON.nullNode();
            return new ServiceHealth(service, url, withLiveness ? live.path("status").asText(null) : null,
                    ready.path("status").asText(null), ready.path("checks"), live.path("checks"), null, false);
        } catch (ServiceCallException e) {
            boolean notExposed = e.status() == 404 && settings.viaGateway(service);
            int localPort = service.localPort() + Settings.LOCAL_MANAGEMENT_OFFSET;
            String error = notExposed ? service.serviceName() + "'s health is not routed through the gateway " + url
                    + ": set " + service.managementUrlKey() + " (" + Settings.envName(service.managementUrlKey())
                    + ") to its management port, e.g. kubectl -n tradeguard port-forward svc/"
                    + service.serviceName() + " " + localPort + ":9000 and http://127.0.0.1:" + localPort
                    : e.getMessage();
            return new ServiceHealth(service, url, null, null, Api.JSON.nullNode(), Api.JSON.nullNode(), error,
                    notExposed);
        }
    }

    private static JsonNode health(Api api, Service service, String path) {
        Api.Reply reply = api.management(service, path, "application/json");
        if (reply.status() != 200 && reply.status() != 503) {
            throw ServiceCallException.answered(service, reply.status(), service.serviceName() + " answered "
                    + reply.status() + " to " + path + (reply.text().isBlank() ? "" : ": " + shortened(reply.text())));
        }
        try {
            JsonNode body = Api.JSON.readTree(reply.body());
            if (!body.path("status").isTextual()) {
                throw unexpected(service, path, "no health status in " + reply.text().strip());
            }
            return body;
        } catch (IOException e) {
            throw unexpected(service, path, "not a health document: " + reply.text().strip());
        }
    }

    private static ServiceCallException unexpected(Service service, String path, String what) {
        return ServiceCallException.answered(service, 502, service.serviceName() + " answered " + path
                + " with " + shortened(what));
    }

    private static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) + "…" : stripped;
    }
}

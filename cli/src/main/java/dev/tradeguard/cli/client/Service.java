package dev.tradeguard.cli.client;

import java.util.List;

/**
 * What the tool talks to: the five services, and the broker simulator (paper-month drives its clock); the name it
 * reports, its configuration key, its local port.
 */
public enum Service {
    RECOMMENDATION("recommendation-service", "recommendation", 8081),
    RISK("risk-service", "risk", 8082),
    EXECUTION("execution-service", "execution", 8083),
    MONITOR("monitor-service", "monitor", 8084),
    ALERT("alert-service", "alert", 8085),
    /** Alpaca's API authenticated with its key headers (not the bearer token), and its unauthenticated admin API. */
    SIMULATOR("broker-simulator", "simulator", 8090);

    private static final List<Service> TRADEGUARD = List.of(RECOMMENDATION, RISK, EXECUTION, MONITOR, ALERT);

    private final String serviceName;
    private final String key;
    private final int localPort;

    Service(String serviceName, String key, int localPort) {
        this.serviceName = serviceName;
        this.key = key;
        this.localPort = localPort;
    }

    /** The five services of TradeGuard itself: what status, health and export look at. */
    public static List<Service> tradeGuard() {
        return TRADEGUARD;
    }

    public String serviceName() {
        return serviceName;
    }

    /** The configuration key of its URL: {@code <key>.url}, environment {@code TRADEGUARD_<KEY>_URL}. */
    public String urlKey() {
        return key + ".url";
    }

    /** Its health and metrics (Quarkus' management interface): {@code <key>.management-url}. */
    public String managementUrlKey() {
        return key + ".management-url";
    }

    public int localPort() {
        return localPort;
    }
}

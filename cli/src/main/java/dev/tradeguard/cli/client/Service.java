package dev.tradeguard.cli.client;

/** The five services the tool talks to: the name it reports, its configuration key, its local port. */
public enum Service {
    RECOMMENDATION("recommendation-service", "recommendation", 8081),
    RISK("risk-service", "risk", 8082),
    EXECUTION("execution-service", "execution", 8083),
    MONITOR("monitor-service", "monitor", 8084),
    ALERT("alert-service", "alert", 8085);

    private final String serviceName;
    private final String key;
    private final int localPort;

    Service(String serviceName, String key, int localPort) {
        this.serviceName = serviceName;
        this.key = key;
        this.localPort = localPort;
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

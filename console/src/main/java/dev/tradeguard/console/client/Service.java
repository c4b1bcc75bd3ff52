package dev.tradeguard.console.client;

/** The services the console calls, each with what the console cannot show or do while it is down. */
public enum Service {
    RISK("risk-service", "approvals, the trading state, HALT and RESUME"),
    EXECUTION("execution-service", "CLOSE ALL POSITIONS and the state execution-service enforces"),
    MONITOR("monitor-service", "positions, orders and fills, the daily report, the chart and the go-live gate"),
    ALERT("alert-service", "alerts and their deliveries");

    private final String displayName;
    private final String provides;

    Service(String displayName, String provides) {
        this.displayName = displayName;
        this.provides = provides;
    }

    public String displayName() {
        return displayName;
    }

    /** What depends on this service in the console. */
    public String provides() {
        return provides;
    }
}

package dev.tradeguard.monitor.messaging;

/** Channel names of monitor-service; topics and serde are in application.properties. */
public final class Channels {
    public static final String FILLS_IN = "fills-in";

    private Channels() {
    }
}

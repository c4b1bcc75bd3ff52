package dev.tradeguard.alert.messaging;

/** Channel names of alert-service; topics and serde are in application.properties. */
public final class Channels {
    public static final String ALERTS_IN = "alerts-in";

    private Channels() {
    }
}

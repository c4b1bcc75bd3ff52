package dev.tradeguard.alert;

import java.util.Map;

import dev.tradeguard.testing.OwnInfrastructureProfile;

/**
 * An alert-service of its own whose dispatcher runs only when a commit wakes it: its period is ten minutes. No
 * notification server is up, so the local file is the only enabled channel.
 */
public class WakeUpsOnlyProfile extends OwnInfrastructureProfile {
    public WakeUpsOnlyProfile() {
        super("alert");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tradeguard.alert.delivery.poll-interval", "10m",
                "tradeguard.alert.file.path", "target/alerts-wake-ups-only.log");
    }
}

package dev.tradeguard.alert;

import java.util.List;
import java.util.Map;

import dev.tradeguard.testing.TradeGuardInfrastructure;
import io.quarkus.test.junit.QuarkusTestProfile;

/** A test profile that starts its own alert-service, on the shared infrastructure, with its own overrides. */
public abstract class OwnApplicationProfile implements QuarkusTestProfile {
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TradeGuardInfrastructure.class, Map.of("database", "alert")));
    }

    /**
     * The dispatcher runs only when a commit wakes it: its period is ten minutes. No notification server is up, so
     * the local file is the only enabled channel.
     */
    public static class WakeUpsOnly extends OwnApplicationProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.alert.delivery.poll-interval", "10m",
                    "tradeguard.alert.file.path", "target/alerts-wake-ups-only.log");
        }
    }
}

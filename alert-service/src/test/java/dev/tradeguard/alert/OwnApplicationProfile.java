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
}

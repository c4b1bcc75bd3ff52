package dev.tradeguard.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose application starts on its own: a fresh database (named after {@code database}, the service's
 * short name) on the shared Kafka broker, instead of the module's global test resources. Subclasses add their config
 * overrides:
 *
 * <pre>
 * public static class FastSweep extends OwnInfrastructureProfile {
 *     public FastSweep() { super("platform"); }
 *     &#64;Override public Map&lt;String, String&gt; getConfigOverrides() { return Map.of("…", "…"); }
 * }
 * </pre>
 */
public abstract class OwnInfrastructureProfile implements QuarkusTestProfile {
    private final String database;
    private final List<Class<? extends QuarkusTestResourceLifecycleManager>> alsoStarted = new ArrayList<>();

    protected OwnInfrastructureProfile(String database) {
        this.database = database;
    }

    /** {@code alsoStarted}: one more test resource the module's tests need (fake servers, say). */
    protected OwnInfrastructureProfile(String database,
            Class<? extends QuarkusTestResourceLifecycleManager> alsoStarted) {
        this(database);
        this.alsoStarted.add(alsoStarted);
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>();
        resources.add(new TestResourceEntry(TradeGuardInfrastructure.class, Map.of("database", database)));
        alsoStarted.forEach(resource -> resources.add(new TestResourceEntry(resource)));
        return resources;
    }
}

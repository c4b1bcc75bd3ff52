package dev.tradeguard.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real infrastructure a service's {@code @QuarkusTest}s run against: the in-JVM Kafka broker, a fresh PostgreSQL
 * database (init arg {@code database}: the service's short name) and the test JWT key. Dev Services stay off.
 *
 * <pre>
 * &#64;WithTestResource(value = TradeGuardInfrastructure.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = &#64;ResourceArg(name = "database", value = "risk"))
 * </pre>
 */
public class TradeGuardInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static String bootstrapServers;
    private PostgresDatabase database;
    private String databasePrefix = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.getOrDefault("database", databasePrefix);
    }

    @Override
    public Map<String, String> start() {
        bootstrapServers = KafkaBroker.bootstrapServers();
        database = PostgresDatabase.create(databasePrefix);
        Map<String, String> config = new HashMap<>(database.quarkusConfig());
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("mp.jwt.verify.publickey.location", TestJwt.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestJwt.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    /** The broker the running test application talks to. */
    public static String bootstrapServers() {
        return bootstrapServers != null ? bootstrapServers : KafkaBroker.bootstrapServers();
    }
}

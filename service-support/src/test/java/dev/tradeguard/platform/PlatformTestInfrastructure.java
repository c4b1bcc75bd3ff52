package dev.tradeguard.platform;

import dev.tradeguard.testing.TradeGuardInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every {@code @QuarkusTest} of service-support runs against a real Kafka broker and a fresh PostgreSQL database. */
@WithTestResource(value = TradeGuardInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "platform"))
public final class PlatformTestInfrastructure {
    private PlatformTestInfrastructure() {
    }
}

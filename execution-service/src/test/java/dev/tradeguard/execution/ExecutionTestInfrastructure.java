package dev.tradeguard.execution;

import dev.tradeguard.testing.TradeGuardInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every {@code @QuarkusTest} of execution-service runs against a real Kafka broker, a fresh PostgreSQL database and the
 * broker simulator as its own process.
 */
@WithTestResource(value = TradeGuardInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "execution"))
@WithTestResource(value = BrokerSimulator.class, scope = TestResourceScope.GLOBAL)
public final class ExecutionTestInfrastructure {
    private ExecutionTestInfrastructure() {
    }
}

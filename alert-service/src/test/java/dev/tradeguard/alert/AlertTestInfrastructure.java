package dev.tradeguard.alert;

import dev.tradeguard.testing.TradeGuardInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every {@code @QuarkusTest} of alert-service runs against a real Kafka broker, a fresh PostgreSQL database and the
 * fake Slack, Discord, Twilio and SMTP servers.
 */
@WithTestResource(value = TradeGuardInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "alert"))
@WithTestResource(value = FakeNotificationServers.class, scope = TestResourceScope.GLOBAL)
public final class AlertTestInfrastructure {
    private AlertTestInfrastructure() {
    }
}

package dev.tradeguard.execution.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.domain.Broker.StreamState;

/** The trade_updates stream: UP while subscribed; DOWN while it reconnects (fills then arrive by reconciliation). */
@Readiness
@ApplicationScoped
public class TradeStreamCheck implements HealthCheck {
    @Inject
    Broker broker;

    @Inject
    ExecutionConfig config;

    @Override
    public HealthCheckResponse call() {
        StreamState state = broker.streamState();
        boolean up = !config.stream().enabled() || state == StreamState.SUBSCRIBED;
        return HealthCheckResponse.named("trade-updates-stream").status(up).withData("state", state.name()).build();
    }
}

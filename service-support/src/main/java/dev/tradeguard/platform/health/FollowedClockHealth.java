package dev.tradeguard.platform.health;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.tradeguard.platform.clock.ClockConfig;
import dev.tradeguard.platform.clock.FollowingClock;
import io.quarkus.arc.ClientProxy;

/**
 * Whether the service's "now" is trustworthy: always with the wall clock; with a followed clock, DOWN once
 * {@code tradeguard.clock.failures-before-down} reads of the simulator's clock in a row failed.
 */
@Readiness
@ApplicationScoped
public class FollowedClockHealth implements HealthCheck {
    @Inject
    ClockConfig config;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("clock");
        if (config.follow().isEmpty()) {
            return response.up().withData("source", "wall clock").build();
        }
        if (!(ClientProxy.unwrap(clock) instanceof FollowingClock follower)) {
            return response.up().withData("source", "a replaced clock").build();
        }
        response.withData("source", follower.source().toString()).withData("now", follower.instant().toString())
                .withData("failuresInARow", follower.failuresInARow());
        if (follower.lastFailure() != null) {
            response.withData("lastFailure", follower.lastFailure());
        }
        return response.status(follower.healthy()).build();
    }
}

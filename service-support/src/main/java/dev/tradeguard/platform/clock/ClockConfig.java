package dev.tradeguard.platform.clock;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where a service's "now" comes from. Absent {@code tradeguard.clock.follow}, the wall clock (UTC): production. Set to
 * the broker simulator's clock ({@code http://broker-simulator:8090/admin/clock}), every instant the service reads
 * follows the simulated market, so a replayed day on another date than today is that day for every service.
 */
@ConfigMapping(prefix = "tradeguard.clock")
public interface ClockConfig {
    /** The broker simulator's {@code GET /admin/clock}; absent = the wall clock. */
    Optional<URI> follow();

    /** How often the followed clock is read; between reads it is extrapolated at the simulator's speed. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** How long one read may take before it counts as a failure. */
    @WithDefault("2s")
    Duration requestTimeout();

    /** Consecutive failed reads after which the clock's readiness check says DOWN (it keeps extrapolating). */
    @WithDefault("5")
    int failuresBeforeDown();
}

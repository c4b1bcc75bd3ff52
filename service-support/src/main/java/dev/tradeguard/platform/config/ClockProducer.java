package dev.tradeguard.platform.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.tradeguard.platform.clock.ClockConfig;
import dev.tradeguard.platform.clock.FollowingClock;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;

/**
 * The one clock of every service (UTC), so time-dependent rules read time from one place and a test can replace it
 * (an {@code @Alternative} Clock bean wins). The wall clock, unless {@code tradeguard.clock.follow} names the broker
 * simulator's clock: then every service's "now" is the simulated market's ({@link FollowingClock}). A default bean: a
 * service's own {@code Clock} producer, if it has one, takes its place.
 */
@ApplicationScoped
public class ClockProducer {
    @Inject
    ClockConfig config;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return config.follow().<Clock>map(source -> FollowingClock.start(source, config)).orElseGet(Clock::systemUTC);
    }

    void stopFollowing(@Disposes Clock clock) {
        if (clock instanceof FollowingClock follower) {
            follower.close();
        }
    }

    /** Reads a followed clock at start, so an unreachable simulator stops the service there, naming its URL. */
    void readAtStart(@Observes StartupEvent start, Instance<Clock> clock) {
        if (config.follow().isPresent()) {
            clock.get().instant();
        }
    }
}

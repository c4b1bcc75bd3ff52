package dev.tradeguard.platform.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of every service (UTC), so time-dependent rules read time from one place and a test can replace it
 * (an {@code @Alternative} Clock bean wins). A default bean: a service's own {@code Clock} producer, if it has one,
 * takes its place.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

package dev.tradeguard.alert.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.tradeguard.alert.service.RoutingTable;
import io.quarkus.runtime.Startup;

/** Builds the routing matrix at start-up, so an invalid configuration refuses to start instead of losing alerts. */
@ApplicationScoped
public class RoutingProducer {
    @Produces
    @Startup
    @jakarta.inject.Singleton
    RoutingTable routingTable(AlertConfig config) {
        return RoutingTable.from(config);
    }
}

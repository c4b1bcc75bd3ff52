package dev.tradeguard.execution.health;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.service.BookService;
import dev.tradeguard.execution.service.MarketDataService;
import dev.tradeguard.model.event.MarketDataStatus;

/**
 * The market-data stream, as readiness (never liveness: a restart cannot bring a feed back, and liveness must not flap
 * with a network blip): DOWN while the market is open and the stream has been down for longer than
 * {@code marks.stale-after}; a reconnect within the window keeps it UP. Prices going stale is published on
 * {@code positions} either way, which is what makes risk-service fail closed.
 */
@Readiness
@ApplicationScoped
public class MarketDataStreamCheck implements HealthCheck {
    @Inject
    Broker broker;

    @Inject
    MarketDataService marketData;

    @Inject
    BookService book;

    @Inject
    ExecutionConfig config;

    @Override
    public HealthCheckResponse call() {
        Optional<Duration> down = marketData.downFor();
        boolean up = !config.marks().enabled() || !book.marketOpen() || down.isEmpty()
                || down.get().compareTo(config.marks().staleAfter()) <= 0;
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("market-data-stream").status(up)
                .withData("state", broker.marketDataState().name());
        down.ifPresent(duration -> builder.withData("downForMs", duration.toMillis()));
        MarketDataStatus status = marketData.status();
        if (status != null) {
            builder.withData("fresh", Boolean.TRUE.equals(status.fresh()));
            if (status.reason() != null) {
                builder.withData("reason", status.reason());
            }
        }
        return builder.build();
    }
}

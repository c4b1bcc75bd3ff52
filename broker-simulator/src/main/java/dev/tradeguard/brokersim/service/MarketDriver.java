package dev.tradeguard.brokersim.service;

import dev.tradeguard.brokersim.config.SimulatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lets the market catch up with a running clock even when nobody calls the API, so resting orders fill and
 * trade_updates flow in real time. In stepped mode (speed 0) each tick is a no-op.
 */
@ApplicationScoped
public class MarketDriver {

    private static final Logger LOG = Logger.getLogger(MarketDriver.class);

    private final PaperBroker broker;
    private final SimulatorConfig config;
    private ScheduledExecutorService ticker;

    public MarketDriver(PaperBroker broker, SimulatorConfig config) {
        this.broker = broker;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        ticker = SimulatorSchedulers.singleDaemon("broker-simulator-market");
        long periodMillis = Math.max(10, config.clock().tickInterval().toMillis());
        ticker.scheduleWithFixedDelay(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        LOG.infof("broker simulator started: clock at %s, speed %s, symbols %s", broker.now(),
                broker.clock().speed(), broker.symbols());
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private void tick() {
        try {
            broker.catchUp();
        } catch (RuntimeException e) {
            LOG.error("market tick failed", e);
        }
    }
}

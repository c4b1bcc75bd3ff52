package dev.tradeguard.alert.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.ChannelState;
import dev.tradeguard.alert.messaging.AlertChannel;
import io.quarkus.runtime.StartupEvent;

/** Every channel and its rate limiter; a channel without credentials is disabled with a warning, never a crash. */
@ApplicationScoped
public class ChannelRegistry {
    private static final Logger LOG = Logger.getLogger(ChannelRegistry.class);

    private final Map<ChannelName, AlertChannel> channels = new EnumMap<>(ChannelName.class);
    private final Map<ChannelName, TokenBucket> limits = new EnumMap<>(ChannelName.class);

    @Inject
    public ChannelRegistry(Instance<AlertChannel> all) {
        for (AlertChannel channel : all) {
            channels.put(channel.name(), channel);
            limits.put(channel.name(), new TokenBucket(channel.ratePerSecond()));
        }
        for (ChannelName name : ChannelName.values()) {
            if (!channels.containsKey(name)) {
                throw new IllegalStateException("no implementation of the " + name.id() + " channel");
            }
        }
    }

    void announce(@Observes StartupEvent start) {
        for (AlertChannel channel : channels.values()) {
            if (channel.enabled()) {
                LOG.infof("Alert channel %s is live (%d/s)", channel.name().id(), channel.ratePerSecond());
            } else {
                LOG.warnf("Alert channel %s is DISABLED: %s. Alerts routed to it are logged as SKIPPED and critical "
                        + "ones escalate.", channel.name().id(), channel.disabledReason().orElse(""));
            }
        }
    }

    public AlertChannel get(ChannelName name) {
        return channels.get(name);
    }

    public TokenBucket limit(ChannelName name) {
        return limits.get(name);
    }

    public List<ChannelState> states() {
        List<ChannelState> states = new ArrayList<>();
        for (AlertChannel channel : channels.values()) {
            states.add(new ChannelState(channel.name().id(), channel.enabled(),
                    channel.disabledReason().orElse(null), channel.ratePerSecond()));
        }
        return states;
    }
}

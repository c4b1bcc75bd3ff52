package dev.tradeguard.alert.domain;

import java.util.Set;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

/**
 * Where alerts of one type go and how urgent they are. An alert is delivered at the higher of its own priority and
 * the route's; CRITICAL and EMERGENCY escalate when a channel fails.
 */
public record Route(AlertType alertType, Set<ChannelName> channels, Priority priority) {
    public Route {
        channels = Set.copyOf(channels);
    }
}

package dev.tradeguard.alert.service;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.messaging.AlertChannel;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.Priority;

/**
 * Adds deliveries on the escalation channels of a channel that could not deliver a critical alert (SMS fails → phone
 * and email). Idempotent: a channel the alert already has a delivery on is left alone, so nothing is sent twice and
 * the chain ends. A disabled escalation channel is recorded as SKIPPED and escalates in turn.
 */
@ApplicationScoped
public class Escalations {
    private static final Logger LOG = Logger.getLogger(Escalations.class);

    @Inject
    RoutingTable routing;

    @Inject
    ChannelRegistry channels;

    @Inject
    DeliveryRepository deliveries;

    /** {@code priority}: the priority the alert is delivered at, carried to the escalation deliveries. */
    public void escalate(UUID eventId, Priority priority, ChannelName failed, Instant now) {
        Deque<ChannelName> next = new ArrayDeque<>(routing.escalationOf(failed));
        Set<ChannelName> seen = EnumSet.of(failed);
        while (!next.isEmpty()) {
            ChannelName target = next.poll();
            if (!seen.add(target)) {
                continue;
            }
            AlertChannel channel = channels.get(target);
            if (channel.enabled()) {
                if (deliveries.insert(eventId, target, DeliveryStatus.PENDING, now, failed, null, priority)) {
                    LOG.warnf("Alert %s escalates from %s to %s", eventId, failed.id(), target.id());
                }
            } else if (deliveries.insert(eventId, target, DeliveryStatus.SKIPPED, now, failed,
                    "channel disabled: " + channel.disabledReason().orElse(""), priority)) {
                next.addAll(routing.escalationOf(target));
            }
        }
    }
}

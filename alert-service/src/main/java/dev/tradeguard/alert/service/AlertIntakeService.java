package dev.tradeguard.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradeguard.alert.config.AlertConfig;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.alert.messaging.AlertChannel;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.alert.repository.ReceivedAlertRepository;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.platform.concurrent.AfterCommit;

/**
 * Takes an alert off the topic: records it and, in the same transaction, one delivery per routed channel. Sending
 * is the dispatcher's job, so a redelivered alert (same event id) adds nothing and is never sent twice.
 */
@ApplicationScoped
public class AlertIntakeService {
    private static final Logger LOG = Logger.getLogger(AlertIntakeService.class);
    private static final String DISPATCH_AFTER_COMMIT = AlertIntakeService.class.getName() + ".dispatch-after-commit";

    @Inject
    ReceivedAlertRepository alerts;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    RoutingTable routing;

    @Inject
    ChannelRegistry channels;

    @Inject
    Escalations escalations;

    @Inject
    AlertConfig config;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DeliveryDispatcher dispatcher;

    @Transactional
    public void receive(Alert alert) {
        if (alerts.exists(alert.eventId())) {
            return;
        }
        Optional<UUID> original = collapsible(alert) ? alerts.collapseInto(alert, config.dedupe().window())
                : Optional.empty();
        alerts.insert(alert, original.orElse(null));
        if (original.isPresent()) {
            LOG.infof("Alert %s (%s %s) repeats %s within %s: collapsed, not sent again", alert.eventId(),
                    alert.alertType(), alert.accountId(), original.get(), config.dedupe().window());
            return;
        }
        AfterCommit.runOnce(transactions, DISPATCH_AFTER_COMMIT, dispatcher::wakeUp);
        Instant now = clock.instant();
        Priority priority = routing.effectivePriority(alert.alertType(), alert.priority());
        boolean critical = RoutingTable.escalates(priority);
        for (ChannelName name : routing.channelsFor(alert.alertType())) {
            AlertChannel channel = channels.get(name);
            if (channel.enabled()) {
                deliveries.insert(alert.eventId(), name, DeliveryStatus.PENDING, now, null, null, priority);
            } else {
                deliveries.insert(alert.eventId(), name, DeliveryStatus.SKIPPED, now, null,
                        "channel disabled: " + channel.disabledReason().orElse(""), priority);
                if (critical) {
                    escalations.escalate(alert.eventId(), priority, name, now);
                }
            }
        }
    }

    private boolean collapsible(Alert alert) {
        return !config.dedupe().window().isZero() && !config.dedupe().exempt().contains(alert.alertType().name());
    }

    /** A transaction of its own when the caller has none: the repository reads need one. */
    @Transactional
    public List<ReceivedAlert> received(String accountId) {
        return alerts.findByAccount(accountId);
    }
}

package dev.tradeguard.risk.service;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.platform.outbox.Outbox;

/** Alerts of risk-service, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class RiskAlerts {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void raise(String accountId, String strategy, String correlationId, AlertType type, String subject,
            String message, Map<String, String> details) {
        outbox.enqueue(Topics.ALERTS,
                Alert.of(Envelope.create(accountId, strategy, correlationId, clock), type, subject, message, details));
    }

    public void raise(String accountId, AlertType type, Priority priority, String subject, String message) {
        raise(accountId, type, priority, subject, message, Map.of());
    }

    public void raise(String accountId, AlertType type, Priority priority, String subject, String message,
            Map<String, String> details) {
        Alert alert = Alert.of(Envelope.create(accountId, null, null, clock), type, subject, message, details);
        outbox.enqueue(Topics.ALERTS, new Alert(alert.eventId(), alert.schemaVersion(), alert.accountId(), null,
                alert.occurredAt(), null, type, priority, subject, message, alert.details()));
    }
}

package dev.tradeguard.alert.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.event.Alert;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReceivedAlertRepository implements PanacheRepositoryBase<ReceivedAlertEntity, UUID> {

    /** Stores the alert; false if its event id was stored before (a redelivery). */
    public boolean insert(Alert alert, UUID collapsedInto) {
        // Native ON CONFLICT DO NOTHING (a redelivery racing this one is a no-op, not a failed transaction): Hibernate
        // translates an HQL insert to SQL afresh on every execution, and this runs for every alert received.
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                INSERT INTO received_alert (event_id, account_id, strategy, alert_type, priority, subject, message,
                    occurred_at, correlation_id, details, collapsed_into)
                VALUES (:eventId, :accountId, :strategy, :alertType, :priority, :subject, :message, :occurredAt,
                    :correlationId, :details, :collapsedInto)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("eventId", alert.eventId(), UUID.class)
                .setParameter("accountId", alert.accountId(), String.class)
                .setParameter("strategy", alert.strategy(), String.class)
                .setParameter("alertType", alert.alertType().name(), String.class)
                .setParameter("priority", alert.priority().name(), String.class)
                .setParameter("subject", alert.subject(), String.class)
                .setParameter("message", alert.message(), String.class)
                .setParameter("occurredAt", alert.occurredAt(), Instant.class)
                .setParameter("correlationId", alert.correlationId(), String.class)
                .setParameter("details", ReceivedAlertEntity.detailsJson(alert.details()), String.class)
                .setParameter("collapsedInto", collapsedInto, UUID.class)
                .executeUpdate() == 1;
    }

    /** By primary key: no query to translate (a Panache count is a new SQL translation on every call). */
    public boolean exists(UUID eventId) {
        return getEntityManager().find(ReceivedAlertEntity.class, eventId) != null;
    }

    /**
     * The first, not itself collapsed, alert of the same type, account and subject within {@code window} of
     * {@code alert}, counting one more repeat on it; empty if there is none.
     */
    public Optional<UUID> collapseInto(Alert alert, Duration window) {
        Optional<UUID> original = find("""
                accountId = :account and alertType = :type and subject = :subject and collapsedInto is null
                and eventId <> :eventId and occurredAt between :from and :until""",
                Sort.by("occurredAt"),
                Parameters.with("account", alert.accountId()).and("type", alert.alertType())
                        .and("subject", alert.subject()).and("eventId", alert.eventId())
                        .and("from", alert.occurredAt().minus(window)).and("until", alert.occurredAt().plus(window)))
                .firstResultOptional().map(entity -> entity.eventId);
        // One statement: two repeats counted at once both count. Native: an HQL update is translated afresh each time.
        original.ifPresent(eventId -> getEntityManager().createNativeQuery(
                "UPDATE received_alert SET repeat_count = repeat_count + 1 WHERE event_id = :eventId")
                .setParameter("eventId", eventId).executeUpdate());
        return original;
    }

    public Optional<ReceivedAlert> find(UUID eventId) {
        return findByIdOptional(eventId).map(ReceivedAlertEntity::toDomain);
    }

    public List<ReceivedAlert> findByAccount(String accountId) {
        return find("accountId", Sort.by("occurredAt").and("receivedAt"), accountId).stream()
                .map(ReceivedAlertEntity::toDomain).toList();
    }
}

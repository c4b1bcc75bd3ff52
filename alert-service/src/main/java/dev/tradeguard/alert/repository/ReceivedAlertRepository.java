package dev.tradeguard.alert.repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.event.Alert;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReceivedAlertRepository implements PanacheRepositoryBase<ReceivedAlertEntity, UUID> {

    /** Stores the alert; false if its event id was stored before (a redelivery). */
    public boolean insert(Alert alert, UUID collapsedInto) {
        // HQL's ON CONFLICT DO NOTHING: a redelivery racing this one is a no-op, not a failed transaction.
        return getEntityManager().createQuery("""
                insert into ReceivedAlertEntity (eventId, accountId, strategy, alertType, priority, subject, message,
                    occurredAt, correlationId, details, collapsedInto)
                values (:eventId, :accountId, :strategy, :alertType, :priority, :subject, :message, :occurredAt,
                    :correlationId, :details, :collapsedInto)
                on conflict do nothing
                """)
                .setParameter("eventId", alert.eventId())
                .setParameter("accountId", alert.accountId())
                .setParameter("strategy", alert.strategy())
                .setParameter("alertType", alert.alertType())
                .setParameter("priority", alert.priority())
                .setParameter("subject", alert.subject())
                .setParameter("message", alert.message())
                .setParameter("occurredAt", alert.occurredAt())
                .setParameter("correlationId", alert.correlationId())
                .setParameter("details", ReceivedAlertEntity.detailsJson(alert.details()))
                .setParameter("collapsedInto", collapsedInto)
                .executeUpdate() == 1;
    }

    public boolean exists(UUID eventId) {
        return count("eventId", eventId) > 0;
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
        // One statement: two repeats counted at once both count.
        original.ifPresent(eventId -> update("repeatCount = repeatCount + 1 where eventId = ?1", eventId));
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

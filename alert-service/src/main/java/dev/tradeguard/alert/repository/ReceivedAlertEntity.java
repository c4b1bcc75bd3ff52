package dev.tradeguard.alert.repository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.serde.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One alert alert-service has received, once per event id. */
@Entity
@Table(name = "received_alert")
public class ReceivedAlertEntity extends PanacheEntityBase {
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "account_id")
    public String accountId;

    public String strategy;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type")
    public AlertType alertType;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public String subject;

    public String message;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "received_at", insertable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "correlation_id")
    public String correlationId;

    /** The alert's details as a JSON object of strings (a text column: nothing queries inside it). */
    public String details;

    @Column(name = "collapsed_into")
    public UUID collapsedInto;

    @Column(name = "repeat_count", insertable = false)
    public int repeatCount;

    public ReceivedAlert toDomain() {
        return new ReceivedAlert(eventId, accountId, strategy, alertType, priority, subject, message,
                readDetails(), occurredAt, collapsedInto);
    }

    static String detailsJson(Map<String, String> details) {
        try {
            return EventJson.mapper().writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("details cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private Map<String, String> readDetails() {
        try {
            return EventJson.mapper().readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable details of alert " + eventId + ": " + e.getMessage(), e);
        }
    }
}

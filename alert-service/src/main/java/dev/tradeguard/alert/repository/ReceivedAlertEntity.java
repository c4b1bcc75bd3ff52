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
    public UUID eventId;

    public String accountId;

    public String strategy;

    @Enumerated(EnumType.STRING)
    public AlertType alertType;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public String subject;

    public String message;

    public Instant occurredAt;

    @Column(insertable = false, updatable = false)
    public Instant receivedAt;

    public String correlationId;

    /** The alert's details as a JSON object of strings (a text column: nothing queries inside it). */
    public String details;

    public UUID collapsedInto;

    @Column(insertable = false)
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

package dev.tradeguard.alert.repository;

import static dev.tradeguard.alert.repository.Jdbc.failure;
import static dev.tradeguard.alert.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.serde.EventJson;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class ReceivedAlertRepository {
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    /** Stores the alert; false if its event id was stored before (a redelivery). */
    public boolean insert(Alert alert, UUID collapsedInto) {
        String sql = """
                INSERT INTO received_alert (event_id, account_id, strategy, alert_type, priority, subject, message,
                    occurred_at, correlation_id, details, collapsed_into)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, alert.eventId());
            statement.setString(2, alert.accountId());
            statement.setString(3, alert.strategy());
            statement.setString(4, alert.alertType().name());
            statement.setString(5, alert.priority().name());
            statement.setString(6, alert.subject());
            statement.setString(7, alert.message());
            statement.setTimestamp(8, timestamp(alert.occurredAt()));
            statement.setString(9, alert.correlationId());
            statement.setString(10, EventJson.mapper().writeValueAsString(
                    alert.details() == null ? Map.of() : alert.details()));
            statement.setObject(11, collapsedInto);
            return statement.executeUpdate() == 1;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("store alert " + alert.eventId(), e);
        }
    }

    public boolean exists(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM received_alert WHERE event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failure("look up alert " + eventId, e);
        }
    }

    /**
     * The first, not itself collapsed, alert of the same type, account and subject within {@code window} of
     * {@code alert}, counting one more repeat on it; empty if there is none.
     */
    public Optional<UUID> collapseInto(Alert alert, Duration window) {
        String sql = """
                UPDATE received_alert SET repeat_count = repeat_count + 1
                WHERE event_id = (
                    SELECT event_id FROM received_alert
                    WHERE account_id = ? AND alert_type = ? AND subject = ? AND collapsed_into IS NULL
                      AND event_id <> ? AND occurred_at BETWEEN ? AND ?
                    ORDER BY occurred_at LIMIT 1)
                RETURNING event_id
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alert.accountId());
            statement.setString(2, alert.alertType().name());
            statement.setString(3, alert.subject());
            statement.setObject(4, alert.eventId());
            statement.setTimestamp(5, timestamp(alert.occurredAt().minus(window)));
            statement.setTimestamp(6, timestamp(alert.occurredAt().plus(window)));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("look for repeats of " + alert.eventId(), e);
        }
    }

    public Optional<ReceivedAlert> find(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM received_alert WHERE event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read alert " + eventId, e);
        }
    }

    public List<ReceivedAlert> findByAccount(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM received_alert WHERE account_id = ? ORDER BY occurred_at, received_at")) {
            statement.setString(1, accountId);
            List<ReceivedAlert> alerts = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    alerts.add(read(row));
                }
            }
            return alerts;
        } catch (SQLException e) {
            throw failure("read alerts of " + accountId, e);
        }
    }

    private static ReceivedAlert read(ResultSet row) throws SQLException {
        Map<String, String> details;
        try {
            details = EventJson.mapper().readValue(row.getString("details"), DETAILS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable details of alert " + row.getString("event_id"), e);
        }
        Instant occurredAt = row.getTimestamp("occurred_at").toInstant();
        return new ReceivedAlert(row.getObject("event_id", UUID.class), row.getString("account_id"),
                row.getString("strategy"), AlertType.valueOf(row.getString("alert_type")),
                Priority.valueOf(row.getString("priority")), row.getString("subject"), row.getString("message"),
                details, occurredAt, row.getObject("collapsed_into", UUID.class));
    }
}

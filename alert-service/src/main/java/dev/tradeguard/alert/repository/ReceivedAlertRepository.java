package dev.tradeguard.alert.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.domain.ReceivedAlert;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.event.Alert;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class ReceivedAlertRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Stores the alert; false if its event id was stored before (a redelivery). */
    public boolean insert(Alert alert) {
        String sql = """
                INSERT INTO received_alert (event_id, account_id, strategy, alert_type, priority, subject, message,
                    occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
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
            statement.setTimestamp(8, Timestamp.from(alert.occurredAt()));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store alert " + alert.eventId(), e);
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
                    alerts.add(new ReceivedAlert(row.getObject("event_id", UUID.class), row.getString("account_id"),
                            AlertType.valueOf(row.getString("alert_type")), Priority.valueOf(row.getString("priority")),
                            row.getString("subject"), row.getString("message"),
                            row.getTimestamp("occurred_at").toInstant()));
                }
            }
            return alerts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read alerts of " + accountId, e);
        }
    }
}

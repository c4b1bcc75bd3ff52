package dev.tradeguard.monitor.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.monitor.domain.RecordedFill;
import io.agroal.api.AgroalDataSource;

@ApplicationScoped
public class OrderEventRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Stores the event once; a redelivered event id is ignored. */
    public void insert(OrderUpdate update) {
        String sql = """
                INSERT INTO order_event (event_id, account_id, strategy, correlation_id, broker_order_id,
                    client_order_id, event_type, symbol, side, fill_quantity, fill_price, position_quantity,
                    broker_timestamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, update.eventId());
            statement.setString(2, update.accountId());
            statement.setString(3, update.strategy());
            statement.setString(4, update.correlationId());
            statement.setString(5, update.brokerOrderId());
            statement.setString(6, update.clientOrderId());
            statement.setString(7, update.event().name());
            statement.setString(8, update.symbol());
            statement.setString(9, update.side() == null ? null : update.side().name());
            statement.setBigDecimal(10, update.fillQuantity());
            statement.setBigDecimal(11, update.fillPrice());
            statement.setBigDecimal(12, update.positionQuantity());
            statement.setTimestamp(13, Timestamp.from(update.brokerTimestamp()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store order event " + update.eventId(), e);
        }
    }

    /** The account's events in broker time order. */
    public List<RecordedFill> findByAccount(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT * FROM order_event WHERE account_id = ? ORDER BY broker_timestamp, received_at")) {
            statement.setString(1, accountId);
            List<RecordedFill> fills = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String side = row.getString("side");
                    fills.add(new RecordedFill(row.getString("account_id"), row.getString("strategy"),
                            row.getString("broker_order_id"), OrderEventType.valueOf(row.getString("event_type")),
                            row.getString("symbol"), side == null ? null : Side.valueOf(side),
                            row.getBigDecimal("fill_quantity"), row.getBigDecimal("fill_price"),
                            row.getBigDecimal("position_quantity"), row.getTimestamp("broker_timestamp").toInstant()));
                }
            }
            return fills;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read order events of " + accountId, e);
        }
    }
}

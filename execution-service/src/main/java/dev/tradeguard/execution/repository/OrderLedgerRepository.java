package dev.tradeguard.execution.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.domain.LedgerState;
import dev.tradeguard.execution.domain.LedgerStatusChange;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.serde.EventJson;
import io.agroal.api.AgroalDataSource;

/** SQL on the order ledger, the broker orders seen, the stream cursor and the audit log. */
@ApplicationScoped
public class OrderLedgerRepository {
    @Inject
    AgroalDataSource dataSource;

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("order ledger update failed: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("order ledger query failed: " + e.getMessage(), e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    // ------------------------------------------------------------------ ledger

    /** Claims the approved order: true only for the first delivery of its id. */
    public boolean claim(ApprovedOrder order, String clientOrderId) {
        return update("""
                INSERT INTO order_ledger (approved_order_id, client_order_id, account_id, strategy, correlation_id,
                    symbol, side, quantity, state, expires_at, approved_order)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, s -> {
            s.setObject(1, order.orderId());
            s.setString(2, clientOrderId);
            s.setString(3, order.accountId());
            s.setString(4, order.strategy());
            s.setString(5, order.correlationId());
            s.setString(6, order.symbol());
            s.setString(7, order.side().name());
            s.setBigDecimal(8, order.quantity());
            s.setString(9, LedgerState.SUBMITTING.name());
            s.setTimestamp(10, timestamp(order.expiresAt()));
            s.setString(11, EventJson.toJson(order));
        }) == 1;
    }

    private static final String ENTRY_COLUMNS = """
            approved_order_id, client_order_id, broker_order_id, account_id, strategy, correlation_id, symbol, side,
            quantity, state, broker_status, filled_quantity, filled_avg_price, reason, expires_at, created_at,
            submitted_at, updated_at""";

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(row.getObject("approved_order_id", UUID.class), row.getString("client_order_id"),
                row.getString("broker_order_id"), row.getString("account_id"), row.getString("strategy"),
                row.getString("correlation_id"), row.getString("symbol"), row.getString("side"),
                row.getBigDecimal("quantity"), row.getString("state"), row.getString("broker_status"),
                row.getBigDecimal("filled_quantity"), row.getBigDecimal("filled_avg_price"), row.getString("reason"),
                instant(row, "expires_at"), instant(row, "created_at"), instant(row, "submitted_at"),
                instant(row, "updated_at"));
    }

    public Optional<LedgerEntry> find(UUID approvedOrderId) {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE approved_order_id = ?",
                s -> s.setObject(1, approvedOrderId), OrderLedgerRepository::entry).stream().findFirst();
    }

    /** Locks the row for the rest of the transaction. */
    public Optional<LedgerEntry> findForUpdate(UUID approvedOrderId) {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE approved_order_id = ? FOR UPDATE",
                s -> s.setObject(1, approvedOrderId), OrderLedgerRepository::entry).stream().findFirst();
    }

    public Optional<LedgerEntry> findByClientOrderId(String clientOrderId) {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE client_order_id = ?",
                s -> s.setString(1, clientOrderId), OrderLedgerRepository::entry).stream().findFirst();
    }

    public Optional<LedgerEntry> findByBrokerOrderId(String brokerOrderId) {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE broker_order_id = ?",
                s -> s.setString(1, brokerOrderId), OrderLedgerRepository::entry).stream().findFirst();
    }

    public ApprovedOrder approvedOrder(UUID approvedOrderId) {
        List<String> json = query("SELECT approved_order FROM order_ledger WHERE approved_order_id = ?",
                s -> s.setObject(1, approvedOrderId), row -> row.getString(1));
        if (json.isEmpty()) {
            throw new IllegalStateException("no ledger entry " + approvedOrderId);
        }
        return EventJson.decode(json.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8), ApprovedOrder.class)
                .event();
    }

    public List<LedgerEntry> list(String state, int limit) {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE (CAST(? AS VARCHAR) IS NULL OR state = ?)"
                + " ORDER BY created_at DESC LIMIT ?", s -> {
                    s.setString(1, state);
                    s.setString(2, state);
                    s.setInt(3, limit);
                }, OrderLedgerRepository::entry);
    }

    /** Rows claimed before {@code before} and still without an answer from the broker: the crash window. */
    public List<UUID> submittingSince(Instant before) {
        return query("SELECT approved_order_id FROM order_ledger WHERE state = 'SUBMITTING' AND updated_at < ?"
                + " ORDER BY created_at", s -> s.setTimestamp(1, timestamp(before)),
                row -> row.getObject(1, UUID.class));
    }

    /** Entry orders working at the broker, submitted before {@code before}: the order timeout's candidates. */
    public List<LedgerEntry> workingSubmittedBefore(Instant before) {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE state IN ('SUBMITTED', 'PARTIALLY_FILLED')"
                + " AND broker_order_id IS NOT NULL AND submitted_at < ? ORDER BY submitted_at",
                s -> s.setTimestamp(1, timestamp(before)), OrderLedgerRepository::entry);
    }

    /** Every approved order working at the broker (entries and approved exits alike; legs are not in the ledger). */
    public List<LedgerEntry> workingEntries() {
        return query("SELECT " + ENTRY_COLUMNS + " FROM order_ledger WHERE state IN ('SUBMITTED', 'PARTIALLY_FILLED')"
                + " AND broker_order_id IS NOT NULL ORDER BY submitted_at", s -> {
                }, OrderLedgerRepository::entry);
    }

    /** Symbols with an order we last saw working (legs included) or being submitted now. */
    public List<String> workingSymbols() {
        return query("""
                SELECT symbol FROM broker_order
                WHERE status NOT IN ('filled', 'canceled', 'expired', 'rejected', 'replaced', 'done_for_day')
                UNION SELECT symbol FROM order_ledger WHERE state = 'SUBMITTING'
                """, s -> {
        }, row -> row.getString(1));
    }

    public void updateState(UUID approvedOrderId, LedgerState state, String brokerOrderId, String brokerStatus,
            BigDecimal filledQuantity, BigDecimal filledAvgPrice, String reason, Instant now) {
        update("""
                UPDATE order_ledger SET state = ?, broker_order_id = COALESCE(?, broker_order_id),
                    broker_status = COALESCE(?, broker_status), filled_quantity = COALESCE(?, filled_quantity),
                    filled_avg_price = COALESCE(?, filled_avg_price), reason = COALESCE(?, reason),
                    submitted_at = CASE WHEN CAST(? AS VARCHAR) IS NOT NULL AND submitted_at IS NULL THEN ? ELSE submitted_at END,
                    updated_at = ?
                WHERE approved_order_id = ?
                """, s -> {
            s.setString(1, state.name());
            s.setString(2, brokerOrderId);
            s.setString(3, brokerStatus);
            s.setBigDecimal(4, filledQuantity);
            s.setBigDecimal(5, filledAvgPrice);
            s.setString(6, reason == null ? null : truncate(reason, 2000));
            s.setString(7, brokerOrderId);
            s.setTimestamp(8, timestamp(now));
            s.setTimestamp(9, timestamp(now));
            s.setObject(10, approvedOrderId);
        });
    }

    /** Touches a SUBMITTING row (a recovery attempt that could not decide), so it is retried after the grace. */
    public void noteUnresolved(UUID approvedOrderId, String reason, Instant now) {
        update("UPDATE order_ledger SET reason = ?, updated_at = ? WHERE approved_order_id = ?", s -> {
            s.setString(1, truncate(reason, 2000));
            s.setTimestamp(2, timestamp(now));
            s.setObject(3, approvedOrderId);
        });
    }

    public void addStatusChange(UUID approvedOrderId, String brokerOrderId, String state, String event,
            String brokerStatus, BigDecimal filledQuantity, BigDecimal fillQuantity, BigDecimal fillPrice,
            String source, String detail) {
        update("""
                INSERT INTO order_status_change (approved_order_id, broker_order_id, state, event, broker_status,
                    filled_quantity, fill_quantity, fill_price, source, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, s -> {
            s.setObject(1, approvedOrderId);
            s.setString(2, brokerOrderId);
            s.setString(3, state);
            s.setString(4, event);
            s.setString(5, brokerStatus);
            s.setBigDecimal(6, filledQuantity);
            s.setBigDecimal(7, fillQuantity);
            s.setBigDecimal(8, fillPrice);
            s.setString(9, source);
            s.setString(10, detail == null ? null : truncate(detail, 2000));
        });
    }

    public List<LedgerStatusChange> history(UUID approvedOrderId) {
        return query("""
                SELECT broker_order_id, state, event, broker_status, filled_quantity, fill_quantity, fill_price,
                    source, detail, recorded_at
                FROM order_status_change WHERE approved_order_id = ? ORDER BY id
                """, s -> s.setObject(1, approvedOrderId), row -> new LedgerStatusChange(
                row.getString("broker_order_id"), row.getString("state"), row.getString("event"),
                row.getString("broker_status"), row.getBigDecimal("filled_quantity"),
                row.getBigDecimal("fill_quantity"), row.getBigDecimal("fill_price"), row.getString("source"),
                row.getString("detail"), instant(row, "recorded_at")));
    }

    // ------------------------------------------------------------------ broker orders

    public Optional<BrokerOrderRecord> findBrokerOrder(String brokerOrderId) {
        return query("SELECT * FROM broker_order WHERE broker_order_id = ?",
                s -> s.setString(1, brokerOrderId), OrderLedgerRepository::brokerOrder).stream().findFirst();
    }

    public Optional<BrokerOrderRecord> findBrokerOrderForUpdate(String brokerOrderId) {
        return query("SELECT * FROM broker_order WHERE broker_order_id = ? FOR UPDATE",
                s -> s.setString(1, brokerOrderId), OrderLedgerRepository::brokerOrder).stream().findFirst();
    }

    private static BrokerOrderRecord brokerOrder(ResultSet row) throws SQLException {
        return new BrokerOrderRecord(row.getString("broker_order_id"),
                row.getObject("approved_order_id", UUID.class), row.getString("client_order_id"),
                row.getString("role"), row.getString("symbol"), row.getString("side"), row.getString("status"),
                row.getBigDecimal("filled_quantity"), row.getBigDecimal("filled_avg_price"));
    }

    /** Registers a broker order the first time it is seen; does nothing when it is known already. */
    public void registerBrokerOrder(String brokerOrderId, UUID approvedOrderId, String clientOrderId, String role,
            String symbol, String side) {
        update("""
                INSERT INTO broker_order (broker_order_id, approved_order_id, client_order_id, role, symbol, side,
                    status)
                VALUES (?, ?, ?, ?, ?, ?, 'unknown')
                ON CONFLICT (broker_order_id) DO NOTHING
                """, s -> {
            s.setString(1, brokerOrderId);
            s.setObject(2, approvedOrderId);
            s.setString(3, clientOrderId);
            s.setString(4, role);
            s.setString(5, symbol);
            s.setString(6, side);
        });
    }

    public void updateBrokerOrder(String brokerOrderId, String status, BigDecimal filledQuantity,
            BigDecimal filledAvgPrice) {
        update("""
                UPDATE broker_order SET status = ?, filled_quantity = ?, filled_avg_price = ?, updated_at = now()
                WHERE broker_order_id = ?
                """, s -> {
            s.setString(1, status);
            s.setBigDecimal(2, filledQuantity);
            s.setBigDecimal(3, filledAvgPrice);
            s.setString(4, brokerOrderId);
        });
    }

    /** Broker orders we last saw open (including ones never updated since registration). */
    public List<String> openBrokerOrderIds() {
        return query("""
                SELECT broker_order_id FROM broker_order
                WHERE status NOT IN ('filled', 'canceled', 'expired', 'rejected', 'replaced', 'done_for_day')
                ORDER BY updated_at
                """, s -> {
        }, row -> row.getString(1));
    }

    // ------------------------------------------------------------------ stream cursor

    public void advanceCursor(String accountId, Instant at) {
        update("""
                INSERT INTO stream_cursor (account_id, last_event_at) VALUES (?, ?)
                ON CONFLICT (account_id) DO UPDATE SET last_event_at = EXCLUDED.last_event_at
                WHERE stream_cursor.last_event_at < EXCLUDED.last_event_at
                """, s -> {
            s.setString(1, accountId);
            s.setTimestamp(2, timestamp(at));
        });
    }

    public Optional<Instant> cursor(String accountId) {
        return query("SELECT last_event_at FROM stream_cursor WHERE account_id = ?", s -> s.setString(1, accountId),
                row -> instant(row, "last_event_at")).stream().findFirst();
    }

    // ------------------------------------------------------------------ audit

    public void audit(String actor, String action, String detail) {
        update("INSERT INTO audit_log (actor, action, detail) VALUES (?, ?, ?)", s -> {
            s.setString(1, truncate(actor, 128));
            s.setString(2, action);
            s.setString(3, truncate(detail, 4000));
        });
    }

    public List<String> auditActions(String action) {
        return query("SELECT actor || ' ' || action || ' ' || detail FROM audit_log WHERE action = ? ORDER BY id",
                s -> s.setString(1, action), row -> row.getString(1));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

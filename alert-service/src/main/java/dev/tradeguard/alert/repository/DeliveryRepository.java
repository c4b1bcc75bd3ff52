package dev.tradeguard.alert.repository;

import static dev.tradeguard.alert.repository.Jdbc.failure;
import static dev.tradeguard.alert.repository.Jdbc.instant;
import static dev.tradeguard.alert.repository.Jdbc.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import io.agroal.api.AgroalDataSource;

/** The delivery log: one row per (alert, channel). */
@ApplicationScoped
public class DeliveryRepository {
    private static final String SELECT = """
            SELECT d.*, a.account_id, a.alert_type, a.priority, a.subject
            FROM alert_delivery d JOIN received_alert a ON a.event_id = d.event_id
            """;

    /**
     * The claim: parameters channel, now, limit, claim time, update time. Served by the partial index
     * alert_delivery_claim (channel, priority_rank, next_attempt_at, id) WHERE status = 'PENDING', read in order.
     */
    static final String CLAIM_DUE = """
            WITH due AS (
                SELECT id FROM alert_delivery
                WHERE channel = ? AND status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY priority_rank, next_attempt_at, id LIMIT ?
                FOR UPDATE SKIP LOCKED)
            UPDATE alert_delivery d SET status = 'SENDING', claimed_at = ?, updated_at = ?
            FROM due WHERE d.id = due.id
            RETURNING d.id
            """;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Adds the delivery unless the alert already has one on this channel; true if added. {@code priority} is the
     * priority the alert is delivered at (the higher of its own and its route's); the claim sends the most urgent
     * first.
     */
    public boolean insert(UUID eventId, ChannelName channel, DeliveryStatus status, Instant nextAttemptAt,
            ChannelName escalatedFrom, String lastError, Priority priority) {
        String sql = """
                INSERT INTO alert_delivery (event_id, channel, status, next_attempt_at, escalated_from, last_error,
                    priority_rank)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, channel) DO NOTHING
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, eventId);
            statement.setString(2, channel.id());
            statement.setString(3, status.name());
            statement.setTimestamp(4, timestamp(nextAttemptAt));
            statement.setString(5, escalatedFrom == null ? null : escalatedFrom.id());
            statement.setString(6, lastError);
            statement.setInt(7, rank(priority));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("add a " + channel.id() + " delivery of " + eventId, e);
        }
    }

    /**
     * Claims up to {@code limit} due deliveries of the channel, most urgent first (priority, then due time, then id):
     * marks them SENDING with the claim time. Rows another dispatcher holds are skipped, so two replicas never claim
     * the same delivery. Returned in claim order.
     */
    public List<Delivery> claimDue(ChannelName channel, int limit, Instant now) {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM_DUE)) {
            statement.setString(1, channel.id());
            statement.setTimestamp(2, timestamp(now));
            statement.setInt(3, limit);
            statement.setTimestamp(4, timestamp(now));
            statement.setTimestamp(5, timestamp(now));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure("claim " + channel.id() + " deliveries", e);
        }
        return ids.isEmpty() ? List.of() : findByIds(ids);
    }

    /** The sortable rank stored as {@code priority_rank}: the most urgent is the lowest, so it is claimed first. */
    public static int rank(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> 0;
            case CRITICAL -> 1;
            case HIGH -> 2;
            case WARNING -> 3;
            case INFO -> 4;
        };
    }

    public void markSent(long id, int attempts, Instant now) {
        update("UPDATE alert_delivery SET status = 'SENT', attempts = ?, sent_at = ?, updated_at = ?, claimed_at = NULL"
                + " WHERE id = ? AND status IN ('SENDING', 'UNCONFIRMED')", attempts, now, now, id);
    }

    public void markRetry(long id, int attempts, String error, Instant nextAttemptAt, Instant now) {
        update("UPDATE alert_delivery SET status = 'PENDING', attempts = ?, last_error = ?, next_attempt_at = ?,"
                + " updated_at = ?, claimed_at = NULL WHERE id = ? AND status IN ('SENDING', 'UNCONFIRMED')",
                attempts, error, nextAttemptAt, now, id);
    }

    public void markFailed(long id, int attempts, String error, Instant now) {
        update("UPDATE alert_delivery SET status = 'FAILED', attempts = ?, last_error = ?, updated_at = ?,"
                + " claimed_at = NULL WHERE id = ? AND status IN ('SENDING', 'UNCONFIRMED')", attempts, error, now, id);
    }

    /** Closes a claimed delivery whose channel has no credentials. */
    public void markSkipped(long id, String reason, Instant now) {
        update("UPDATE alert_delivery SET status = 'SKIPPED', last_error = ?, updated_at = ?, claimed_at = NULL"
                + " WHERE id = ? AND status = 'SENDING'", reason, now, id);
    }

    /** Hands a claimed delivery back untouched (e.g. its channel has no token left). */
    public void release(long id, Instant now) {
        update("UPDATE alert_delivery SET status = 'PENDING', updated_at = ?, claimed_at = NULL"
                + " WHERE id = ? AND status IN ('SENDING', 'UNCONFIRMED')", now, id);
    }

    /**
     * Marks UNCONFIRMED every delivery claimed before {@code claimedBefore} that never got a result: its dispatcher
     * died mid-send. Returns them.
     */
    public List<Delivery> abandonStaleClaims(Instant claimedBefore, Instant now) {
        String sql = """
                UPDATE alert_delivery SET status = 'UNCONFIRMED', updated_at = ?, last_error =
                    'claimed at ' || to_char(claimed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                    || ' by a dispatcher that stopped before recording the result; not re-sent to avoid a duplicate'
                WHERE status = 'SENDING' AND claimed_at < ?
                RETURNING id
                """;
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, timestamp(now));
            statement.setTimestamp(2, timestamp(claimedBefore));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure("abandon stale claims", e);
        }
        return ids.isEmpty() ? List.of() : findByIds(ids);
    }

    public List<Delivery> findByEvent(UUID eventId) {
        return query(SELECT + " WHERE d.event_id = ? ORDER BY d.id", List.of(eventId));
    }

    /** The newest deliveries first, filtered by whichever of status, type and account is given. */
    public List<Delivery> search(DeliveryStatus status, AlertType type, String accountId, ChannelName channel,
            int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE TRUE");
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            sql.append(" AND d.status = ?");
            parameters.add(status.name());
        }
        if (type != null) {
            sql.append(" AND a.alert_type = ?");
            parameters.add(type.name());
        }
        if (accountId != null) {
            sql.append(" AND a.account_id = ?");
            parameters.add(accountId);
        }
        if (channel != null) {
            sql.append(" AND d.channel = ?");
            parameters.add(channel.id());
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC LIMIT ?");
        parameters.add(limit);
        return query(sql.toString(), parameters);
    }

    /** In claim order: UPDATE … RETURNING promises none. */
    private List<Delivery> findByIds(List<Long> ids) {
        return query(SELECT + " WHERE d.id = ANY (?) ORDER BY d.priority_rank, d.next_attempt_at, d.id",
                java.util.Collections.singletonList((Object) ids.toArray(Long[]::new)));
    }

    private List<Delivery> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof Long[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("bigint", array));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            List<Delivery> deliveries = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    deliveries.add(read(row));
                }
            }
            return deliveries;
        } catch (SQLException e) {
            throw failure("read deliveries", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof Instant time) {
                    statement.setTimestamp(i + 1, timestamp(time));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("update a delivery", e);
        }
    }

    private static Delivery read(ResultSet row) throws SQLException {
        String escalatedFrom = row.getString("escalated_from");
        return new Delivery(row.getLong("id"), row.getObject("event_id", UUID.class), row.getString("account_id"),
                AlertType.valueOf(row.getString("alert_type")), Priority.valueOf(row.getString("priority")),
                row.getString("subject"), ChannelName.parse(row.getString("channel")).orElseThrow(),
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"), row.getString("last_error"),
                instant(row.getTimestamp("next_attempt_at")),
                escalatedFrom == null ? null : ChannelName.parse(escalatedFrom).orElseThrow(),
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("sent_at")));
    }
}

package dev.tradeguard.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.Recommendation;
import io.agroal.api.AgroalDataSource;

/** Test events, and a look into the outbox table. */
final class OutboxRows {
    private OutboxRows() {
    }

    static Recommendation recommendation(String account, String symbol) {
        return new Recommendation(UUID.randomUUID(), 1, account, "SHORGAN-BOT", Instant.now(),
                UUID.randomUUID().toString(), symbol, Side.BUY, null, null, null, null, null, "rest", null, null,
                null, null);
    }

    /** Rows for {@code account}, published or not. */
    static int rows(AgroalDataSource dataSource, String account) throws SQLException {
        return count(dataSource, "SELECT count(*) FROM outbox_event WHERE message_key = ?", account);
    }

    /** Rows for {@code account} not published yet. */
    static int unpublished(AgroalDataSource dataSource, String account) throws SQLException {
        return count(dataSource, "SELECT count(*) FROM outbox_event WHERE message_key = ? AND published_at IS NULL",
                account);
    }

    private static int count(AgroalDataSource dataSource, String sql, String account) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, account);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}

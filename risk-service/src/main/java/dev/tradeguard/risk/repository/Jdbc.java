package dev.tradeguard.risk.repository;

import java.sql.Timestamp;
import java.time.Instant;

/** Small JDBC conversions shared by the repositories. */
final class Jdbc {
    private Jdbc() {
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A stored decimal without the column's padding: 50, not 50.000000; 92.5, not 92.500000. */
    static java.math.BigDecimal decimal(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        java.math.BigDecimal value = row.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static IllegalStateException failure(String what, Exception cause) {
        return new IllegalStateException("risk-service database: cannot " + what + ": " + cause.getMessage(), cause);
    }
}

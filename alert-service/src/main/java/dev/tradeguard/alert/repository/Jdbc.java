package dev.tradeguard.alert.repository;

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

    static IllegalStateException failure(String what, Exception cause) {
        return new IllegalStateException("alert-service database: cannot " + what + ": " + cause.getMessage(), cause);
    }
}

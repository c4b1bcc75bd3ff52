package dev.tradeguard.execution.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

/**
 * The guide's "rotate keys every 90 days; immediately rotate if compromised", as the age of the broker key pair on a
 * New York day: due at 80 days (time to plan the rotation), overdue at 90.
 */
public final class KeyRotation {
    /** The property, and the environment variable that sets it, named in every message about it. */
    public static final String PROPERTY = "tradeguard.execution.alpaca.keys-issued-on (ALPACA_KEYS_ISSUED_ON)";

    public static final int ROTATE_EVERY_DAYS = 90;

    public enum Stage {
        /** Nothing is due yet. */
        CURRENT(0, null),
        DUE(80, AlertType.API_KEY_ROTATION_DUE),
        OVERDUE(ROTATE_EVERY_DAYS, AlertType.API_KEY_ROTATION_OVERDUE);

        private final int fromDays;
        private final AlertType alert;

        Stage(int fromDays, AlertType alert) {
            this.fromDays = fromDays;
            this.alert = alert;
        }

        public int fromDays() {
            return fromDays;
        }

        public AlertType alert() {
            return alert;
        }

        public Priority priority() {
            return alert.defaultPriority();
        }
    }

    private KeyRotation() {
    }

    /**
     * Whole days from the issue day to {@code today}; 0 when {@code today} comes before it — a replay of a period
     * before the keys were issued, on a simulated clock: the keys it trades with are new, not overdue.
     */
    public static long ageDays(LocalDate issuedOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(issuedOn, today));
    }

    /** The furthest stage the keys have reached on {@code today}. */
    public static Stage stage(LocalDate issuedOn, LocalDate today) {
        long age = ageDays(issuedOn, today);
        return age >= Stage.OVERDUE.fromDays ? Stage.OVERDUE : age >= Stage.DUE.fromDays ? Stage.DUE : Stage.CURRENT;
    }

    /**
     * Why the configured issue day cannot be right, or empty: keys issued after the real today ({@code wallToday}, the
     * wall clock's, not a replay's simulated day) are a typo that would hide their age until the wrong day.
     */
    public static Optional<String> problem(LocalDate issuedOn, LocalDate wallToday) {
        if (issuedOn.isAfter(wallToday)) {
            return Optional.of(PROPERTY + " is " + issuedOn + ", after today (" + wallToday
                    + " in New York): set the day the Alpaca key pair was issued");
        }
        return Optional.empty();
    }
}

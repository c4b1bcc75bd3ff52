package dev.tradeguard.execution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.domain.KeyRotation.Stage;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;

class KeyRotationTest {
    static final LocalDate ISSUED = LocalDate.parse("2026-10-01");

    @Test
    void keysAreDueFrom80DaysAndOverdueFrom90NotADayBefore() {
        assertEquals(Stage.CURRENT, KeyRotation.stage(ISSUED, ISSUED));
        assertEquals(Stage.CURRENT, KeyRotation.stage(ISSUED, ISSUED.plusDays(79)));
        assertEquals(Stage.DUE, KeyRotation.stage(ISSUED, ISSUED.plusDays(80)));
        assertEquals(Stage.DUE, KeyRotation.stage(ISSUED, ISSUED.plusDays(89)));
        assertEquals(Stage.OVERDUE, KeyRotation.stage(ISSUED, ISSUED.plusDays(90)));
        assertEquals(Stage.OVERDUE, KeyRotation.stage(ISSUED, ISSUED.plusDays(400)));
    }

    @Test
    void dueIsAWarningAndOverdueIsHigh() {
        assertEquals(AlertType.API_KEY_ROTATION_DUE, Stage.DUE.alert());
        assertEquals(Priority.WARNING, Stage.DUE.priority());
        assertEquals(AlertType.API_KEY_ROTATION_OVERDUE, Stage.OVERDUE.alert());
        assertEquals(Priority.HIGH, Stage.OVERDUE.priority());
    }

    @Test
    void keysIssuedAfterTodayAreRefusedNamingTheSetting() {
        String problem = KeyRotation.problem(ISSUED, ISSUED.minusDays(1)).orElseThrow();
        assertEquals("tradeguard.execution.alpaca.keys-issued-on (ALPACA_KEYS_ISSUED_ON) is 2026-10-01, after today"
                + " (2026-09-30 in New York): set the day the Alpaca key pair was issued", problem);
        assertTrue(KeyRotation.problem(ISSUED, ISSUED).isEmpty(), "keys issued today are fine");
    }

    @Test
    void aDayBeforeTheIssueDayAsInAReplayOfAnEarlierPeriodCountsAsNewKeys() {
        assertEquals(0, KeyRotation.ageDays(ISSUED, ISSUED.minusDays(300)));
        assertEquals(Stage.CURRENT, KeyRotation.stage(ISSUED, ISSUED.minusDays(300)));
        assertEquals(85, KeyRotation.ageDays(ISSUED, ISSUED.plusDays(85)));
    }
}

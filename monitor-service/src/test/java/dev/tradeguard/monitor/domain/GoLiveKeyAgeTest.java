package dev.tradeguard.monitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.tradeguard.monitor.domain.GoLiveCriterion.Status;

class GoLiveKeyAgeTest {
    static final LocalDate TODAY = LocalDate.parse("2026-12-04");

    @Test
    void keysUpTo90DaysOldPass() {
        GoLiveCriterion criterion = GoLiveGate.keyAge(TODAY.minusDays(90), TODAY);
        assertEquals(GoLiveGate.KEY_AGE, criterion.name());
        assertEquals(Status.PASS, criterion.status());
        assertEquals("90 days", criterion.value());
        assertEquals("≤ 90 days since issued", criterion.threshold());
        assertEquals("issued on 2026-09-05, 90 days ago", criterion.detail());
        assertEquals(Status.PASS, GoLiveGate.keyAge(TODAY, TODAY).status());
    }

    @Test
    void keysOlderThan90DaysFail() {
        GoLiveCriterion criterion = GoLiveGate.keyAge(TODAY.minusDays(91), TODAY);
        assertEquals(Status.FAIL, criterion.status());
        assertEquals("91 days", criterion.value());
        assertEquals("issued on 2026-09-04, 91 days ago: rotate the keys", criterion.detail());
    }

    @Test
    void keysOfUnknownAgeFailClosedSayingWhatIsMissing() {
        GoLiveCriterion criterion = GoLiveGate.keyAge(null, TODAY);
        assertEquals(Status.FAIL, criterion.status());
        assertNull(criterion.value());
        assertEquals("unknown: keys-issued-on not configured (execution-service's ALPACA_KEYS_ISSUED_ON)",
                criterion.detail());
    }

    @Test
    void keysIssuedAfterTheDayJudgedAsInAReplayOfAnEarlierPeriodAreNewKeys() {
        GoLiveCriterion criterion = GoLiveGate.keyAge(TODAY.plusDays(1), TODAY);
        assertEquals(Status.PASS, criterion.status());
        assertEquals("0 days", criterion.value());
        assertEquals("issued on 2026-12-05, after 2026-12-04 (a replay of an earlier period): counted as new keys",
                criterion.detail());
    }
}

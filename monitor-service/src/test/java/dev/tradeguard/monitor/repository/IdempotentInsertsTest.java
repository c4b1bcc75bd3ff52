package dev.tradeguard.monitor.repository;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.fill;
import static dev.tradeguard.monitor.MonitorFixtures.halted;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.monitor.domain.RecordedFill;
import io.quarkus.test.junit.QuarkusTest;

/** Kafka redelivers: each stored event is claimed by its key once, and a redelivery leaves the first row as it is. */
@QuarkusTest
class IdempotentInsertsTest {
    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    @Inject
    OrderEventRepository orderEvents;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    TradingStateRepository tradingStates;

    @Inject
    AlertOnceRepository alertOnce;

    @Test
    void aRedeliveredOrderEventIsIgnoredAndItsDecimalsReadBackPlain() {
        String account = "ACC-" + UUID.randomUUID();
        OrderUpdate update = fill(account, "rec-1", "b-1", "JNJ", Side.BUY, "25", "155.5", "25", AT);

        assertTrue(committed(() -> orderEvents.insert(update)), "first delivery");
        assertFalse(committed(() -> orderEvents.insert(update)), "redelivery");

        List<RecordedFill> stored = committed(() -> orderEvents.findByAccount(account));
        assertEquals(1, stored.size());
        assertEquals(new BigDecimal("155.5"), stored.get(0).fillPrice(), "numeric(19,6) without its padding");
        assertEquals(AT, stored.get(0).brokerTimestamp());
    }

    @Test
    void aRedeliveredRecommendationKeepsTheFirstStop() {
        String account = "ACC-" + UUID.randomUUID();
        Recommendation first = recommendation(account, "rec-" + account, "PG", Side.BUY, "150", "140", "170", AT);
        Recommendation again = recommendation(account, "rec-" + account, "PG", Side.BUY, "150", "120", "170", AT);

        assertTrue(committed(() -> recommendations.insert(first)));
        assertFalse(committed(() -> recommendations.insert(again)));

        assertEquals(new BigDecimal("140"),
                committed(() -> recommendations.find("rec-" + account)).orElseThrow().stopLoss());
    }

    @Test
    void aRedeliveredKillSwitchChangeIsStoredOnce() {
        String account = "ACC-" + UUID.randomUUID();
        TradingStateChanged change = halted(account, AT);

        committed(() -> {
            tradingStates.insert(change);
            tradingStates.insert(change);
            return null;
        });

        long stored = committed(() -> tradingStates.count("accountId", account));
        assertEquals(1, stored);
        assertEquals(AT, committed(() -> tradingStates.lastHalted(account)).orElseThrow());
    }

    @Test
    void anAlertIsClaimedOncePerRuleSubjectAndNewYorkDay() {
        String account = "ACC-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertTrue(committed(() -> alertOnce.claim(account, "JNJ", "STOP_LOSS", day)));
        assertFalse(committed(() -> alertOnce.claim(account, "JNJ", "STOP_LOSS", day)), "same day");
        assertTrue(committed(() -> alertOnce.claim(account, "PG", "STOP_LOSS", day)), "other subject");
        assertTrue(committed(() -> alertOnce.claim(account, "JNJ", "STOP_LOSS", day.plusDays(1))), "next day");
    }
}

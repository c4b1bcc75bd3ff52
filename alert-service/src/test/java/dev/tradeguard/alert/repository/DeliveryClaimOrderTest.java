package dev.tradeguard.alert.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.WakeUpsOnlyProfile;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.event.Alert;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The claim hands out a channel's due deliveries most urgent first: by priority, then due time, then id. The rows are
 * due a day from now, so the running dispatcher (real clock) never takes them; only the local file channel is
 * enabled, so no other PENDING row on the channels claimed here enters this fresh database.
 */
@QuarkusTest
@TestProfile(WakeUpsOnlyProfile.class)
class DeliveryClaimOrderTest {
    private static final Logger LOG = Logger.getLogger(DeliveryClaimOrderTest.class);

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ReceivedAlertRepository alerts;

    @Inject
    EntityManager entityManager;

    @Test
    void dueDeliveriesAreClaimedByPriorityThenDueTimeThenId() {
        Instant t0 = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        UUID infoOldest = pending(AlertType.POSITION_OPENED, ChannelName.SLACK, t0.minusSeconds(30));
        UUID warning = pending(AlertType.ORDER_DENIED, ChannelName.SLACK, t0.minusSeconds(20));
        UUID criticalLater = pending(AlertType.STOP_LOSS_HIT, ChannelName.SLACK, t0.minusSeconds(1));
        UUID high = pending(AlertType.API_ERROR, ChannelName.SLACK, t0.minusSeconds(25));
        UUID criticalEarlier = pending(AlertType.RED_FLAG, ChannelName.SLACK, t0.minusSeconds(5));
        UUID infoTiedFirst = pending(AlertType.POSITION_CLOSED, ChannelName.SLACK, t0.minusSeconds(10));
        UUID infoTiedSecond = pending(AlertType.PROFIT_TARGET, ChannelName.SLACK, t0.minusSeconds(10));
        UUID emergencyNewest = pending(AlertType.DAILY_LOSS_LIMIT, ChannelName.SLACK, t0);
        UUID emergencyNotYetDue = pending(AlertType.DRAWDOWN_LIMIT, ChannelName.SLACK, t0.plusSeconds(1));
        UUID emergencyOtherChannel = pending(AlertType.TRADING_HALTED, ChannelName.DISCORD, t0.minusSeconds(60));

        // One at a time, as the dispatcher claims.
        List<UUID> order = new ArrayList<>();
        for (List<Delivery> next = claim(ChannelName.SLACK, 1, t0); !next.isEmpty();
                next = claim(ChannelName.SLACK, 1, t0)) {
            assertEquals(DeliveryStatus.SENDING, next.get(0).status());
            order.add(next.get(0).eventId());
        }

        assertEquals(List.of(emergencyNewest, criticalEarlier, criticalLater, high, warning, infoOldest,
                infoTiedFirst, infoTiedSecond), order,
                "EMERGENCY > CRITICAL > HIGH > WARNING > INFO; then the earlier due; then the lower id");
        assertEquals(DeliveryStatus.PENDING, TestAlerts.deliveriesOf(deliveries, emergencyNotYetDue).get(0).status());
        assertEquals(DeliveryStatus.PENDING,
                TestAlerts.deliveriesOf(deliveries, emergencyOtherChannel).get(0).status());
    }

    @Test
    void aBatchClaimIsReturnedInTheSameOrder() {
        Instant t0 = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
        UUID info = pending(AlertType.DAILY_SUMMARY, ChannelName.EMAIL, t0.minusSeconds(3));
        UUID high = pending(AlertType.STALE_DATA, ChannelName.EMAIL, t0.minusSeconds(2));
        UUID emergency = pending(AlertType.DAILY_LOSS_LIMIT, ChannelName.EMAIL, t0.minusSeconds(1));

        List<UUID> claimed = claim(ChannelName.EMAIL, 10, t0).stream().map(Delivery::eventId).toList();

        assertEquals(List.of(emergency, high, info), claimed);
    }

    @Test
    void everyPriorityHasItsOwnRankMostUrgentLowest() {
        assertEquals(List.of(4, 3, 2, 1, 0),
                List.of(Priority.values()).stream().map(DeliveryRepository::rank).toList());
    }

    /**
     * A few thousand rows, most of them history (SENT), the rest PENDING on every channel with mixed priorities and
     * due times: the claim must read the partial claim index in order, not sort the channel's pending rows.
     */
    @Test
    void theClaimReadsTheClaimIndexInOrder() {
        Instant base = Instant.now().plus(Duration.ofDays(10));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO received_alert (event_id, account_id, alert_type, priority, subject, message,
                        occurred_at)
                    SELECT gen_random_uuid(), 'ACC-EXPLAIN', 'POSITION_OPENED',
                        (ARRAY['INFO','WARNING','HIGH','CRITICAL','EMERGENCY'])[1 + i % 5], 'explain ' || i, 'm', now()
                    FROM generate_series(1, 1000) i""").executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO alert_delivery (event_id, channel, status, next_attempt_at, priority_rank, created_at)
                    SELECT a.event_id, c.channel,
                        CASE WHEN random() < 0.8 THEN 'SENT' ELSE 'PENDING' END,
                        TIMESTAMPTZ '%s' + (random() * 7200 - 3600) * INTERVAL '1 second',
                        CASE a.priority WHEN 'EMERGENCY' THEN 0 WHEN 'CRITICAL' THEN 1 WHEN 'HIGH' THEN 2
                            WHEN 'WARNING' THEN 3 ELSE 4 END,
                        now()
                    FROM received_alert a
                    CROSS JOIN (VALUES ('slack'), ('email'), ('sms'), ('file'), ('discord')) c (channel)
                    WHERE a.account_id = 'ACC-EXPLAIN'""".formatted(base)).executeUpdate();
            entityManager.createNativeQuery("ANALYZE alert_delivery").executeUpdate();
        });

        // EXPLAIN ANALYZE runs the claim: rolled back, so the rows stay PENDING.
        List<?> plan;
        QuarkusTransaction.begin();
        try {
            plan = entityManager.createNativeQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
                    + DeliveryRepository.CLAIM_DUE)
                    .setParameter("channel", "slack")
                    .setParameter("now", base)
                    .setParameter("limit", 1)
                    .getResultList();
        } finally {
            QuarkusTransaction.rollback();
        }
        String text = plan.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("\n"));
        LOG.infof("Claim plan on %d deliveries (%d PENDING on slack):%n%s", count("TRUE"),
                count("channel = 'slack' AND status = 'PENDING'"), text);
        assertTrue(text.contains("alert_delivery_claim"), "the claim uses the claim index:\n" + text);
        assertTrue(!text.contains("Sort"), "read in index order, no sort:\n" + text);
    }

    private long count(String where) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM alert_delivery WHERE " + where).getSingleResult()).longValue());
    }

    /** A claim as the dispatcher makes it: committed on its own. */
    private List<Delivery> claim(ChannelName channel, int limit, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(channel, limit, now));
    }

    private UUID pending(AlertType type, ChannelName channel, Instant due) {
        Alert alert = TestAlerts.alert(TestAlerts.newAccount(), type, type + " " + UUID.randomUUID(), "claim order",
                Map.of());
        QuarkusTransaction.requiringNew().run(() -> {
            alerts.insert(alert, null);
            deliveries.insert(alert.eventId(), channel, DeliveryStatus.PENDING, due, null, null, alert.priority());
        });
        return alert.eventId();
    }
}

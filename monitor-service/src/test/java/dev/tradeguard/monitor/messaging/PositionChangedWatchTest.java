package dev.tradeguard.monitor.messaging;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.change;
import static dev.tradeguard.monitor.MonitorFixtures.json;
import static dev.tradeguard.monitor.MonitorFixtures.position;
import static dev.tradeguard.monitor.MonitorFixtures.queuedAlerts;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.monitor.MonitorFixtures;
import dev.tradeguard.monitor.domain.LatestSnapshot;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import dev.tradeguard.monitor.service.RecommendationService;
import dev.tradeguard.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The position rules raised from streamed position changes, without waiting for an account snapshot (issue 15). */
@QuarkusTest
class PositionChangedWatchTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    private static final Instant MIDDAY = MonitorFixtures.midday(DAY);

    @Inject
    SnapshotRepository snapshots;

    @Inject
    RecommendationService recommendations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTickThroughTheStopRaisesOneStopLossHitWithoutAnySnapshotAndNoSecondOneThatDay() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String rec = "rec-" + account;
        recommendations.record(recommendation(account, rec, "JNJ", Side.BUY, "100", "95", "130",
                MIDDAY.minus(Duration.ofHours(2))));

        send(change(account, MIDDAY, "JNJ", "10", "100", "94.5", "99945", "100000"));
        send(change(account, MIDDAY.plus(Duration.ofMinutes(5)), "JNJ", "10", "100", "93", "99930", "100000"));

        awaitPrice(account, "JNJ", "93");
        List<Alert> hits = alertsOf(account, AlertType.STOP_LOSS_HIT);
        assertEquals(1, hits.size(), hits.toString());
        Alert hit = hits.get(0);
        assertEquals(Priority.CRITICAL, hit.priority());
        assertEquals("Stop loss hit: JNJ", hit.subject());
        assertEquals("94.5", hit.details().get("currentPrice"), "the price of the first change through the stop");
        assertEquals("95", hit.details().get("stopLoss"));
        assertEquals(rec, hit.correlationId());
        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.ALERTS, 1,
                record -> account.equals(record.key()) && record.value().contains("\"STOP_LOSS_HIT\""));
        assertEquals(1, published.size(), published.toString());
    }

    @Test
    void aTickAtTwentyPercentUpRaisesProfitTargetOnce() throws Exception {
        String account = "ACC-" + UUID.randomUUID();

        send(change(account, MIDDAY, "PG", "10", "100", "120", "100200", "100000"));
        send(change(account, MIDDAY.plus(Duration.ofMinutes(1)), "PG", "10", "100", "125", "100250", "100000"));

        awaitPrice(account, "PG", "125");
        List<Alert> alerts = queuedAlerts(dataSource, account);
        assertEquals(List.of(AlertType.PROFIT_TARGET), alerts.stream().map(Alert::alertType).toList(),
                alerts.toString());
        assertEquals("PG", alerts.get(0).details().get("symbol"));
        assertEquals("120", alerts.get(0).details().get("currentPrice"));
        assertTrue(alerts.get(0).message().contains("consider taking profits"), alerts.get(0).message());
    }

    @Test
    void aPositionHeldThirtyOneDaysAtALossRaisesTimeExitOnceOnTheFirstChangeThatDay() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        send(snapshot(account, MIDDAY.minus(Duration.ofDays(31)), "100000", "100000",
                List.of(position("KO", "10", "50", "49"))));

        send(change(account, MIDDAY, "KO", "10", "50", "48", "99980", "100000"));
        send(change(account, MIDDAY.plus(Duration.ofMinutes(1)), "KO", "10", "50", "47", "99970", "100000"));

        awaitPrice(account, "KO", "47");
        List<Alert> exits = alertsOf(account, AlertType.TIME_EXIT);
        assertEquals(1, exits.size(), exits.toString());
        assertEquals("31", exits.get(0).details().get("heldDays"));
    }

    @Test
    void aChangeMovesOnlyItsPositionAnOlderOneIsIgnoredAndQuantityZeroRemovesIt() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        send(snapshot(account, MIDDAY, "100000", "100000",
                List.of(position("JNJ", "10", "100", "99"), position("KO", "10", "50", "49"))));

        send(change(account, MIDDAY.plus(Duration.ofMinutes(2)), "KO", "10", "50", "52", "100020", "100000"));
        awaitPrice(account, "KO", "52");
        assertEquals(0, new BigDecimal("99").compareTo(held(account).get("JNJ").currentPrice()),
                "JNJ is untouched by KO's change");
        assertEquals(0, new BigDecimal("100020").compareTo(committed(() -> snapshots.latest(account)).orElseThrow().equity()));

        // older than the stored KO (and than the account's equity): ignored
        send(change(account, MIDDAY.plus(Duration.ofMinutes(1)), "KO", "10", "50", "40", "99900", "100000"));
        send(change(account, MIDDAY.plus(Duration.ofMinutes(3)), "JNJ", "0", null, "101", "100030", "100000"));
        // a late tick from before the close must not reopen JNJ
        send(change(account, MIDDAY.plus(Duration.ofSeconds(150)), "JNJ", "10", "100", "98", "100000", "100000"));
        send(change(account, MIDDAY.plus(Duration.ofMinutes(4)), "KO", "10", "50", "53", "100040", "100000"));

        awaitPrice(account, "KO", "53");
        Map<String, PositionSnapshot> held = held(account);
        assertEquals(List.of("KO"), List.copyOf(held.keySet()), held.toString());
        LatestSnapshot latest = committed(() -> snapshots.latest(account)).orElseThrow();
        assertEquals(0, new BigDecimal("100040").compareTo(latest.equity()));
        assertEquals(MIDDAY.plus(Duration.ofMinutes(4)), latest.occurredAt());
    }

    @Test
    void aSnapshotOlderThanAChangeLeavesThatPositionAsTheChangeSetIt() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        send(change(account, MIDDAY.plus(Duration.ofMinutes(2)), "KO", "10", "50", "52", "100020", "100000"));
        // taken before the change, published after it: the broker's answer for JNJ, but KO keeps the newer price
        send(snapshot(account, MIDDAY.plus(Duration.ofMinutes(1)), "99000", "100000",
                List.of(position("JNJ", "10", "100", "99"), position("KO", "10", "50", "49"))));

        awaitPrice(account, "JNJ", "99");
        assertEquals(0, new BigDecimal("52").compareTo(held(account).get("KO").currentPrice()), held(account)
                .toString());
        assertEquals(0, new BigDecimal("100020").compareTo(committed(() -> snapshots.latest(account)).orElseThrow().equity()),
                "the newer change's equity stays");
    }

    @Test
    void aMarketDataStatusIsConsumedWithoutChangingTheAccount() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        send(snapshot(account, MIDDAY, "100000", "100000", List.of(position("KO", "10", "50", "49"))));
        send(MonitorFixtures.pricesStale(account, MIDDAY.plusSeconds(30)));
        send(change(account, MIDDAY.plus(Duration.ofMinutes(1)), "KO", "10", "50", "51", "100010", "100000"));

        awaitPrice(account, "KO", "51");
        assertEquals(List.of(), queuedAlerts(dataSource, account), "no DLQ_RECORD, no rule");
    }

    private static void send(PositionsEvent event) {
        TestKafka.send(Topics.POSITIONS, event.accountId(), json(event));
    }

    private void awaitPrice(String account, String symbol, String price) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Optional.ofNullable(held(account).get(symbol))
                .filter(position -> position.currentPrice().compareTo(new BigDecimal(price)) == 0).isPresent());
    }

    private Map<String, PositionSnapshot> held(String account) {
        return committed(() -> snapshots.latest(account)).map(LatestSnapshot::positions).orElse(List.of()).stream()
                .collect(Collectors.toMap(PositionSnapshot::symbol, position -> position));
    }

    private List<Alert> alertsOf(String account, AlertType type) throws Exception {
        return queuedAlerts(dataSource, account).stream().filter(alert -> alert.alertType() == type).toList();
    }
}

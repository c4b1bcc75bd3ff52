package dev.tradeguard.monitor.messaging;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.json;
import static dev.tradeguard.monitor.MonitorFixtures.position;
import static dev.tradeguard.monitor.MonitorFixtures.queuedAlerts;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;
import static dev.tradeguard.monitor.MonitorFixtures.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.DeadLetterHeaders;
import dev.tradeguard.model.Priority;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.monitor.MonitorFixtures;
import dev.tradeguard.monitor.repository.SnapshotRepository;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.testing.DeadLetterContract;
import dev.tradeguard.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PositionsConsumerTest extends DeadLetterContract {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    @Inject
    SnapshotRepository snapshots;

    @Inject
    PerformanceService performance;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachPositionRuleAlertsOncePerPositionPerNewYorkDay() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        Instant firstSeen = MonitorFixtures.midday(FIRST_DAY);
        TestKafka.send(Topics.RECOMMENDATIONS, account, json(recommendation(account, "rec-" + account, "JNJ",
                Side.BUY, "100", "95", "130", firstSeen.minus(Duration.ofHours(5)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> !committed(() -> performance
                .outcomes(performance.account(account, null), FIRST_DAY, FIRST_DAY)).isEmpty());

        // Day 0: JNJ -1 % above its stop of 95; KO -2 % with no known stop. Nothing fires.
        send(snapshot(account, firstSeen, "100000", "100000",
                List.of(position("JNJ", "10", "100", "99"), position("KO", "10", "50", "49"))));
        // 31 days later: JNJ at 94 (stop hit), KO still at a loss (time exit), PG +25 % (profit target).
        LocalDate day31 = FIRST_DAY.plusDays(31);
        AccountSnapshot alarming = snapshot(account, MonitorFixtures.midday(day31), "99000", "100000",
                List.of(position("JNJ", "10", "100", "94"), position("KO", "10", "50", "48"),
                        position("PG", "10", "100", "125")));
        send(alarming);
        send(snapshot(account, MonitorFixtures.midday(day31).plus(Duration.ofMinutes(30)), "99000", "100000",
                alarming.positions()));
        send(alarming);   // redelivered
        // The next day the same conditions alert again, once.
        Instant nextDay = MonitorFixtures.midday(day31.plusDays(1));
        send(snapshot(account, nextDay, "99000", "99000", alarming.positions()));
        send(snapshot(account, nextDay.plus(Duration.ofMinutes(1)), "99000", "99000", alarming.positions()));
        // A late snapshot from before: JNJ far below its stop, but it is not the newest, so it raises nothing.
        send(snapshot(account, MonitorFixtures.midday(FIRST_DAY.plusDays(10)), "90000", "100000",
                List.of(position("JNJ", "10", "100", "80"))));
        Instant marker = nextDay.plus(Duration.ofMinutes(2));
        send(snapshot(account, marker, "99000", "99000", alarming.positions()));

        await().atMost(Duration.ofSeconds(30)).until(() -> committed(() -> snapshots.latest(account))
                .filter(latest -> latest.occurredAt().equals(marker)).isPresent());
        List<Alert> alerts = queuedAlerts(dataSource, account);
        Map<AlertType, Long> perType = alerts.stream()
                .collect(Collectors.groupingBy(Alert::alertType, Collectors.counting()));
        // JNJ and KO are both held 31+ days at a loss: two TIME_EXIT a day
        assertEquals(Map.of(AlertType.STOP_LOSS_HIT, 2L, AlertType.TIME_EXIT, 4L, AlertType.PROFIT_TARGET, 2L),
                perType, alerts.toString());
        Map<AlertType, Alert> first = alerts.stream()
                .collect(Collectors.toMap(Alert::alertType, Function.identity(), (a, b) -> a));
        assertEquals(Priority.CRITICAL, first.get(AlertType.STOP_LOSS_HIT).priority());
        assertEquals("JNJ", first.get(AlertType.STOP_LOSS_HIT).details().get("symbol"));
        assertEquals("95", first.get(AlertType.STOP_LOSS_HIT).details().get("stopLoss"));
        assertEquals("rec-" + account, first.get(AlertType.STOP_LOSS_HIT).correlationId());
        assertEquals(List.of(MonitorFixtures.midday(day31), nextDay), alerts.stream()
                .filter(alert -> alert.alertType() == AlertType.STOP_LOSS_HIT).map(Alert::occurredAt).toList(),
                "stamped with the broker's time of the valuation (the simulated day in a replay), not the wall clock");
        assertEquals("JNJ", first.get(AlertType.TIME_EXIT).details().get("symbol"));
        assertEquals("31", first.get(AlertType.TIME_EXIT).details().get("heldDays"));
        assertEquals("PG", first.get(AlertType.PROFIT_TARGET).details().get("symbol"));
        assertTrue(first.get(AlertType.PROFIT_TARGET).message().contains("consider taking profits"));
    }

    @Test
    void aPositionsRecordWithoutKindAtSchemaVersionTwoIsDeadLetteredWithAnAlertAndConsumingContinues()
            throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String kindless = validRecord(account).replace("\"schemaVersion\":1", "\"schemaVersion\":2")
                .replace("\"kind\":\"ACCOUNT_SNAPSHOT\",", "").replace(",\"kind\":\"ACCOUNT_SNAPSHOT\"", "");
        assertTrue(kindless.contains("\"schemaVersion\":2") && !kindless.contains("\"kind\""), kindless);

        TestKafka.send(Topics.POSITIONS, account, kindless);
        TestKafka.send(Topics.POSITIONS, account, validRecord(account));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(account));
        List<ConsumerRecord<String, String>> dead = TestKafka.await(Topics.dlq(Topics.POSITIONS), 1,
                record -> account.equals(record.key()));
        assertEquals(kindless, dead.get(0).value());
        String reason = TestKafka.header(dead.get(0), DeadLetterHeaders.REASON);
        assertTrue(reason.contains("kind: is required from schemaVersion 2"), reason);
        Alert alert = EventJson.mapper().readValue(TestKafka.await(Topics.ALERTS, 1, record -> account.equals(
                record.key()) && record.value().contains(AlertType.DLQ_RECORD.name())).get(0).value(), Alert.class);
        assertTrue(alert.message().contains("kind"), alert.message());
    }

    private static void send(AccountSnapshot snapshot) {
        TestKafka.send(Topics.POSITIONS, snapshot.accountId(), json(snapshot));
    }

    @Override
    protected String inputTopic() {
        return Topics.POSITIONS;
    }

    @Override
    protected String validRecord(String accountId) {
        return json(snapshot(accountId, Instant.parse("2026-02-17T15:00:00Z"), "100000", "99000", List.of()));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return validRecord(accountId).replace("\"buyingPower\":100000", "\"buyingPower\":-5");
    }

    @Override
    protected String fieldNamedInReason() {
        return "buyingPower";
    }

    @Override
    protected boolean processed(String accountId) {
        return committed(() -> snapshots.latest(accountId)).isPresent();
    }
}

package dev.tradeguard.alert.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.repository.DeliveryEntity;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.alert.repository.ReceivedAlertRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExactlyOnceDeliveryTest {
    @Inject
    DeliveryRepository deliveries;

    @Inject
    ReceivedAlertRepository alerts;

    @Inject
    AlertIntakeService intake;

    /** Commits the alert as received and the delivery row {@code delivery} writes: what a stopped process left. */
    private void leftBehind(Alert alert, Runnable delivery) {
        QuarkusTransaction.requiringNew().run(() -> {
            alerts.insert(alert, null);
            delivery.run();
        });
    }

    @Test
    void theSameAlertConsumedTwiceIsSentOnce() {
        String account = TestAlerts.newAccount();
        String token = Fakes.token();
        Alert alert = TestAlerts.alert(account, AlertType.STOP_LOSS_HIT, "Stop loss hit: JNJ " + token,
                "JNJ traded at 142.90", Map.of());
        String json = EventJson.toJson(alert);
        TestKafka.send(Topics.ALERTS, account, json);
        TestAlerts.awaitSettled(deliveries, alert);
        TestKafka.send(Topics.ALERTS, account, json);
        // Same key, same partition: once the marker is in, the redelivered copy has been consumed before it.
        Alert marker = TestAlerts.publish(TestAlerts.alert(account, AlertType.POSITION_CLOSED, "Closed JNJ " + token,
                "Sold 10 JNJ", Map.of()));
        TestAlerts.awaitSettled(deliveries, marker);

        assertEquals(1, Fakes.slack("Stop loss hit: JNJ " + token).size());
        assertEquals(1, Fakes.sms(token).size());
        assertEquals(1, Fakes.emails("Stop loss hit: JNJ " + token).size());
        assertEquals(4, TestAlerts.deliveriesOf(deliveries, alert.eventId()).size(),
                "email, SMS, Slack, file: one row each");
    }

    @Test
    void anAlertRedeliveredAfterARestartIsNotSentAgain() {
        String token = Fakes.token();
        Alert alert = TestAlerts.publish(TestAlerts.alert(AlertType.EXECUTION_FAILURE,
                "Order rejected " + token, "Alpaca rejected the JNJ bracket"));
        List<Delivery> settled = TestAlerts.awaitSettled(deliveries, alert);

        // After a restart Kafka hands back whatever offset was not committed; the intake sees the event id again.
        intake.receive(alert);
        Alert marker = TestAlerts.publish(TestAlerts.alert(alert.accountId(), AlertType.POSITION_CLOSED,
                "Marker " + token, "Sold 10 JNJ", Map.of()));
        TestAlerts.awaitSettled(deliveries, marker);

        assertEquals(settled, TestAlerts.deliveriesOf(deliveries, alert.eventId()), "the delivery log is unchanged");
        assertEquals(1, Fakes.slack("Order rejected " + token).size());
        assertEquals(1, Fakes.emails("Order rejected " + token).size());
    }

    @Test
    void deliveriesLeftPendingByAStoppedServiceAreSentOnceWhenItIsBack() {
        String token = Fakes.token();
        Alert alert = TestAlerts.alert(AlertType.POSITION_OPENED, "Opened PG " + token, "Bought 5 PG");
        // What the intake committed just before the process stopped: the alert and a due delivery, never attempted.
        leftBehind(alert, () -> deliveries.insert(alert.eventId(), ChannelName.SLACK, DeliveryStatus.PENDING,
                Instant.now().minus(Duration.ofMinutes(3)), null, null, alert.priority()));

        await().atMost(Duration.ofSeconds(30)).until(() -> TestAlerts.deliveriesOf(deliveries, alert.eventId())
                .get(0).status() == DeliveryStatus.SENT);
        assertEquals(1, Fakes.slack(token).size());
    }

    @Test
    void aDeliveryWhoseDispatcherDiedMidSendIsNotResentAndACriticalAlertEscalates() {
        String token = Fakes.token();
        Alert alert = TestAlerts.alert(AlertType.RED_FLAG, "Red flag " + token, "Win rate fell below 40 %");
        // A dispatcher claimed the Slack delivery ten minutes ago and vanished: the message may or may not be out.
        leftBehind(alert, () -> {
            DeliveryEntity claimed = new DeliveryEntity();
            claimed.eventId = alert.eventId();
            claimed.channel = ChannelName.SLACK;
            claimed.status = DeliveryStatus.SENDING;
            claimed.nextAttemptAt = Instant.now().minus(Duration.ofMinutes(10));
            claimed.claimedAt = claimed.nextAttemptAt;
            claimed.updatedAt = claimed.nextAttemptAt;
            claimed.priorityRank = (short) DeliveryRepository.rank(alert.priority());
            deliveries.persist(claimed);
        });

        List<Delivery> settled = await().atMost(Duration.ofSeconds(30))
                .until(() -> TestAlerts.deliveriesOf(deliveries, alert.eventId()),
                        found -> found.size() > 1 && found.stream().allMatch(d -> d.status().isFinal()));
        Delivery slack = TestAlerts.on(settled, ChannelName.SLACK);
        assertEquals(DeliveryStatus.UNCONFIRMED, slack.status());
        assertTrue(slack.lastError().contains("not re-sent"), slack.lastError());
        assertEquals(0, Fakes.slack(token).size(), "never sent twice: the ambiguous send is not repeated");
        Delivery discord = TestAlerts.on(settled, ChannelName.DISCORD);
        assertEquals(DeliveryStatus.SENT, discord.status());
        assertEquals(ChannelName.SLACK, discord.escalatedFrom());
        assertEquals(1, Fakes.discord(token).size(), "nothing silently lost: the owner hears on the next channel");
        assertEquals(1, Fakes.sms(token).size());
        assertEquals(1, Fakes.emails(token).size());
    }
}

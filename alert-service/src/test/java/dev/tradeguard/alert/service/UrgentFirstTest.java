package dev.tradeguard.alert.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tradeguard.alert.FakeNotificationServers;
import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.testing.OwnInfrastructureProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Slack at its real rate (1 message a second) and the dispatcher at its deployed period (1 s): the benchmark's case,
 * where a CRITICAL STOP_LOSS_HIT waited behind 12 INFO POSITION_OPENED messages for about 13 s.
 */
@QuarkusTest
@TestProfile(UrgentFirstTest.SlackAtItsRealRate.class)
class UrgentFirstTest {
    private static final Logger LOG = Logger.getLogger(UrgentFirstTest.class);
    private static final int INFO_AHEAD = 12;

    public static class SlackAtItsRealRate extends OwnInfrastructureProfile {
        public SlackAtItsRealRate() {
            super("alert", FakeNotificationServers.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.alert.slack.rate-per-second", "1",
                    "tradeguard.alert.delivery.poll-interval", "1s",
                    "tradeguard.alert.file.path", "target/alerts-urgent-first.log");
        }
    }

    @Inject
    DeliveryRepository deliveries;

    @Test
    void criticalAlertIsSentBeforeEarlierInfoAlertsOnARateLimitedChannel() {
        String token = Fakes.token();
        String account = TestAlerts.newAccount();
        List<Alert> sent = new ArrayList<>();
        for (int i = 1; i <= INFO_AHEAD; i++) {
            sent.add(TestAlerts.publish(TestAlerts.alert(account, AlertType.POSITION_OPENED,
                    "Opened PG" + i + " " + token, "Bought " + i + " PG", Map.of())));
        }
        // The channel is now at its limit: one INFO message out, eleven due and waiting for Slack's next slot.
        await("the first INFO alert at the fake Slack webhook").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20)).until(() -> !Fakes.slack(token).isEmpty());
        Alert critical = TestAlerts.publish(TestAlerts.alert(account, AlertType.STOP_LOSS_HIT,
                "Stop loss hit: JNJ " + token, "JNJ traded at 142.90, through its stop at 143.00", Map.of()));
        sent.add(critical);

        List<LoggedRequest> atSlack = await("all " + sent.size() + " alerts at the fake Slack webhook")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fakes.slack(token), found -> found.size() >= sent.size());
        List<LoggedRequest> inOrder = atSlack.stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
        int position = 1;
        while (!inOrder.get(position - 1).getBodyAsString().contains("Stop loss hit: JNJ")) {
            position++;
        }

        Delivery slack = TestAlerts.on(TestAlerts.awaitSettled(deliveries, critical), ChannelName.SLACK);
        Instant intake = slack.createdAt();
        Instant atWebhook = inOrder.get(position - 1).getLoggedDate().toInstant();
        long infoSentBeforeIntake = inOrder.stream().filter(r -> r.getLoggedDate().toInstant().isBefore(intake))
                .count();
        LOG.infof("Urgent first: CRITICAL STOP_LOSS_HIT from intake to the Slack webhook in %d ms, with %d INFO "
                + "alerts queued ahead of it (%d already sent; Slack 1/s, poll 1 s); it was message %d of %d",
                Duration.between(intake, atWebhook).toMillis(), INFO_AHEAD, infoSentBeforeIntake, position,
                sent.size());

        assertTrue(position <= 2, "the CRITICAL alert is sent no later than second, was " + position);
        assertEquals(infoSentBeforeIntake + 1, position, "the next Slack message after its intake is the CRITICAL");
        assertEquals(sent.size(), inOrder.size(), "no message sent twice");
        for (Alert alert : sent) {
            assertEquals(1, Fakes.slack(alert.subject()).size(), alert.subject() + " sent exactly once");
            List<Delivery> settled = TestAlerts.awaitSettled(deliveries, alert);
            assertEquals(List.of(DeliveryStatus.SENT), settled.stream()
                    .filter(d -> d.channel() == ChannelName.SLACK).map(Delivery::status).toList());
        }
    }
}

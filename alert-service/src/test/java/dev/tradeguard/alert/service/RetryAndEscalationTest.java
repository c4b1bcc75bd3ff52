package dev.tradeguard.alert.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.tradeguard.alert.TestAlerts.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.tradeguard.alert.FakeNotificationServers;
import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import io.quarkus.test.junit.QuarkusTest;

/** Test config: 3 attempts, escalation after 2 failures, backoff 0.1 s doubling. */
@QuarkusTest
class RetryAndEscalationTest {
    @Inject
    DeliveryRepository deliveries;

    /** Publishes an alert and waits until each of its deliveries is final; returns them. */
    private List<Delivery> publishAndSettle(AlertType type, String subject, String message) {
        return TestAlerts.awaitSettled(deliveries, TestAlerts.publish(TestAlerts.alert(type, subject, message)));
    }

    @Test
    void aServerErrorFromSlackIsRetriedAndThenDelivered() {
        String token = Fakes.token();
        String scenario = "slack-recovers-" + token;
        Fakes.wireMock().register(post(urlPathEqualTo(FakeNotificationServers.SLACK_PATH)).atPriority(1)
                .withRequestBody(containing(token)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("internal_error")).willSetStateTo("recovered"));
        Fakes.wireMock().register(post(urlPathEqualTo(FakeNotificationServers.SLACK_PATH)).atPriority(1)
                .withRequestBody(containing(token)).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("ok")));

        List<Delivery> settled = publishAndSettle(AlertType.POSITION_OPENED,
                "Opened JNJ " + token, "Bought 10 JNJ at 155.20");
        Delivery slack = on(settled, ChannelName.SLACK);
        assertEquals(DeliveryStatus.SENT, slack.status());
        assertEquals(2, slack.attempts());
        assertEquals("Slack answered HTTP 500: internal_error", slack.lastError(), "the failure stays on record");
        assertEquals(2, Fakes.slack(token).size(), "one failed request, one delivered");
        assertEquals(1, Fakes.emails(token).size(), "other channels are unaffected");
        assertFalse(settled.stream().anyMatch(d -> d.escalatedFrom() != null), "INFO alerts never escalate");
    }

    @Test
    void aPermanentlyFailingSmsOfACriticalAlertEscalatesToPhoneAndEmail() {
        String token = Fakes.token();
        Fakes.wireMock().register(post(urlPathEqualTo(FakeNotificationServers.MESSAGES_PATH)).atPriority(1)
                .withRequestBody(containing(token)).willReturn(aResponse().withStatus(503)));
        // DAILY_LOSS_LIMIT routes to email, SMS and phone; STOP_LOSS_HIT (CRITICAL) to email, SMS and Slack.
        List<Delivery> settled = publishAndSettle(AlertType.STOP_LOSS_HIT,
                "Stop loss hit: JNJ " + token, "JNJ traded at 142.90, below its stop 143.06");
        Delivery sms = on(settled, ChannelName.SMS);
        assertEquals(DeliveryStatus.FAILED, sms.status());
        assertEquals(3, sms.attempts());
        assertEquals("Twilio (SMS) answered HTTP 503", sms.lastError());
        Delivery phone = on(settled, ChannelName.PHONE);
        assertEquals(DeliveryStatus.SENT, phone.status());
        assertEquals(ChannelName.SMS, phone.escalatedFrom());
        assertNull(on(settled, ChannelName.EMAIL).escalatedFrom(), "email was routed already: not sent twice");

        assertEquals(3, Fakes.sms(token).size());
        assertEquals(1, Fakes.calls(token).size(), "the owner's phone rings once");
        assertEquals(1, Fakes.emails(token).size());
        assertEquals(1, Fakes.slack(token).size());
    }

    @Test
    void aRejectedSmsIsNotRetriedAndAHighAlertDoesNotEscalate() {
        String token = Fakes.token();
        Fakes.wireMock().register(post(urlPathEqualTo(FakeNotificationServers.MESSAGES_PATH)).atPriority(1)
                .withRequestBody(containing(token)).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\"}")));
        List<Delivery> settled = publishAndSettle(AlertType.API_ERROR,
                "Alpaca API error " + token, "GET /v2/account answered 500 three times");
        Delivery sms = on(settled, ChannelName.SMS);
        assertEquals(DeliveryStatus.FAILED, sms.status());
        assertEquals(1, sms.attempts(), "a 400 cannot pass on retry");
        assertTrue(sms.lastError().contains("HTTP 400") && sms.lastError().contains("not a valid phone number"),
                sms.lastError());
        assertEquals(List.of(ChannelName.EMAIL, ChannelName.SMS, ChannelName.FILE),
                settled.stream().map(Delivery::channel).sorted().toList(), "HIGH alerts do not escalate");
        assertEquals(0, Fakes.calls(token).size());
    }
}

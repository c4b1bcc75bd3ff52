package dev.tradeguard.alert.service;

import static dev.tradeguard.alert.domain.ChannelName.DISCORD;
import static dev.tradeguard.alert.domain.ChannelName.EMAIL;
import static dev.tradeguard.alert.domain.ChannelName.FILE;
import static dev.tradeguard.alert.domain.ChannelName.PHONE;
import static dev.tradeguard.alert.domain.ChannelName.SLACK;
import static dev.tradeguard.alert.domain.ChannelName.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.domain.ChannelName;
import dev.tradeguard.alert.domain.Delivery;
import dev.tradeguard.alert.domain.DeliveryStatus;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AlertRoutingTest {
    /**
     * The routing matrix as configured for tests: the guide's six types, the project's defaults for the rest, and
     * PROFIT_TARGET overridden in application.properties to email + Discord. Every alert also goes to the local file.
     */
    static final Map<AlertType, Set<ChannelName>> EXPECTED = new EnumMap<>(AlertType.class);

    static {
        EXPECTED.put(AlertType.STOP_LOSS_HIT, EnumSet.of(EMAIL, SMS, SLACK));
        EXPECTED.put(AlertType.DAILY_LOSS_LIMIT, EnumSet.of(EMAIL, SMS, PHONE));
        EXPECTED.put(AlertType.POSITION_OPENED, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.POSITION_CLOSED, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.API_ERROR, EnumSet.of(EMAIL, SMS));
        EXPECTED.put(AlertType.EXECUTION_FAILURE, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.TRADING_HALTED, EnumSet.of(EMAIL, SMS, PHONE, SLACK));
        EXPECTED.put(AlertType.TRADING_RESUMED, EnumSet.of(EMAIL, SMS, SLACK));
        EXPECTED.put(AlertType.DRAWDOWN_LIMIT, EnumSet.of(EMAIL, SMS, PHONE, SLACK));
        EXPECTED.put(AlertType.APPROVAL_REQUESTED, EnumSet.of(EMAIL, SMS, SLACK));
        EXPECTED.put(AlertType.ORDER_DENIED, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.PROFIT_TARGET, EnumSet.of(EMAIL, DISCORD));
        EXPECTED.put(AlertType.TIME_EXIT, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.RED_FLAG, EnumSet.of(EMAIL, SMS, SLACK));
        EXPECTED.put(AlertType.DAILY_SUMMARY, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.WEEKLY_REPORT, EnumSet.of(EMAIL));
        EXPECTED.put(AlertType.MONTHLY_REPORT, EnumSet.of(EMAIL));
        EXPECTED.put(AlertType.DLQ_RECORD, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.STALE_DATA, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.API_KEY_ROTATION_DUE, EnumSet.of(EMAIL, SLACK));
        EXPECTED.put(AlertType.API_KEY_ROTATION_OVERDUE, EnumSet.of(EMAIL, SMS, SLACK));
        EXPECTED.put(AlertType.RECONCILIATION_MISMATCH, EnumSet.of(EMAIL, SMS, SLACK));
    }

    @Inject
    DeliveryRepository deliveries;

    @Test
    void everyAlertTypeIsCoveredByTheExpectedMatrix() {
        assertEquals(EnumSet.allOf(AlertType.class), EXPECTED.keySet());
    }

    @Test
    void eachAlertTypeReachesExactlyItsConfiguredChannelsWithReadableContent() {
        String account = TestAlerts.newAccount();
        Map<AlertType, String> tokens = new EnumMap<>(AlertType.class);
        Map<AlertType, Alert> alerts = new EnumMap<>(AlertType.class);
        for (AlertType type : AlertType.values()) {
            String token = Fakes.token();
            tokens.put(type, token);
            alerts.put(type, TestAlerts.publish(TestAlerts.alert(account, type, type + " check " + token,
                    "What happened to " + type + ": JNJ at 142.90", Map.of("symbol", "JNJ"))));
        }
        for (AlertType type : AlertType.values()) {
            Set<ChannelName> expected = EnumSet.copyOf(EXPECTED.get(type));
            expected.add(FILE);
            List<Delivery> settled = TestAlerts.awaitSettled(deliveries, alerts.get(type));
            assertEquals(expected, EnumSet.copyOf(settled.stream().map(Delivery::channel).toList()), type.name());
            assertTrue(settled.stream().allMatch(d -> d.status() == DeliveryStatus.SENT && d.attempts() == 1),
                    type + ": " + settled);
        }
        for (AlertType type : AlertType.values()) {
            String token = tokens.get(type);
            Set<ChannelName> expected = EXPECTED.get(type);
            String priority = alerts.get(type).priority().name();
            assertEquals(expected.contains(SLACK) ? 1 : 0, Fakes.slack(token).size(), type + " on Slack");
            assertEquals(expected.contains(DISCORD) ? 1 : 0, Fakes.discord(token).size(), type + " on Discord");
            assertEquals(expected.contains(SMS) ? 1 : 0, Fakes.sms(token).size(), type + " by SMS");
            assertEquals(expected.contains(PHONE) ? 1 : 0, Fakes.calls(token).size(), type + " by phone");
            List<Fakes.Email> emails = Fakes.emails(token);
            assertEquals(expected.contains(EMAIL) ? 1 : 0, emails.size(), type + " by email");
            assertEquals(1, Fakes.fileLines(token).size(), type + " in the alert file");

            if (expected.contains(SLACK)) {
                String body = Fakes.slack(token).get(0).getBodyAsString();
                assertTrue(body.contains("\"text\":\"*[" + priority + "] " + type + " check " + token + "*"), body);
                assertTrue(body.contains("What happened to " + type + ": JNJ at 142.90"), body);
            }
            if (expected.contains(DISCORD)) {
                String body = Fakes.discord(token).get(0).getBodyAsString();
                assertTrue(body.contains("\"content\":\"**[" + priority + "] " + type + " check " + token + "**"),
                        body);
                assertTrue(body.contains("\"allowed_mentions\":{\"parse\":[]}"), body);
            }
            if (expected.contains(SMS)) {
                String form = URLDecoder.decode(Fakes.sms(token).get(0).getBodyAsString(), StandardCharsets.UTF_8);
                assertTrue(form.contains("To=+15550001111") && form.contains("From=+15550002222"), form);
                assertTrue(form.contains("Body=TradeGuard [" + priority + "] " + type + " check " + token), form);
                assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString(
                        "AC00000000000000000000000000000001:twilio-secret-auth-token".getBytes()),
                        Fakes.sms(token).get(0).getHeader("Authorization"));
            }
            if (expected.contains(PHONE)) {
                String form = URLDecoder.decode(Fakes.calls(token).get(0).getBodyAsString(), StandardCharsets.UTF_8);
                assertTrue(form.contains("Twiml=<Response><Say>TradeGuard " + priority.toLowerCase()), form);
                assertTrue(form.contains(type + " check " + token), form);
            }
            if (expected.contains(EMAIL)) {
                Fakes.Email email = emails.get(0);
                assertEquals("[TradeGuard " + priority + "] " + type + " check " + token, email.subject());
                assertEquals(List.of("owner@tradeguard.test"), email.to());
                assertTrue(email.html().contains("What happened to " + type + ": JNJ at 142.90"), email.html());
                assertTrue(email.html().contains("<th align=\"left\""), "details are a table");
                assertTrue(email.text().contains("symbol: JNJ"), email.text());
            }
        }
    }
}

package dev.tradeguard.alert.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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
import dev.tradeguard.testing.OwnInfrastructureProfile;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The local paper-trading stack as shipped: no webhook, no Twilio account, no SMTP recipient. */
@QuarkusTest
@TestProfile(NoCredentialsTest.NoCredentials.class)
class NoCredentialsTest {
    public static class NoCredentials extends OwnInfrastructureProfile {
        public NoCredentials() {
            super("alert");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.alert.file.path", "target/alerts-no-credentials.log");
        }
    }

    @Inject
    DeliveryRepository deliveries;

    @Test
    void channelsWithoutCredentialsAreDisabledAndSayWhatIsMissing() {
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/channels").then().statusCode(200)
                .body("findAll { it.enabled }.channel", equalTo(List.of("file")))
                .body("find { it.channel == 'slack' }.reason", containsString("tradeguard.alert.slack.webhook-url"))
                .body("find { it.channel == 'sms' }.reason", containsString("tradeguard.alert.twilio.account-sid"))
                .body("find { it.channel == 'email' }.reason", containsString("tradeguard.alert.email.to"));
    }

    @Test
    void testingADisabledChannelIsAConflictNotACrash() {
        given().auth().oauth2(TestJwt.token("ada", "admin")).post("/channels/sms/test").then().statusCode(409)
                .body("message", containsString("sms is disabled"));
    }

    @Test
    void anEmergencyStillReachesTheLocalFileAndEveryDisabledChannelIsOnRecord() {
        String token = Fakes.token();
        Alert alert = TestAlerts.publish(TestAlerts.alert(AlertType.TRADING_HALTED,
                "Trading halted " + token, "Daily loss 2.1% exceeds 2%"));
        List<Delivery> settled = TestAlerts.awaitSettled(deliveries, alert);

        for (Delivery delivery : settled) {
            DeliveryStatus expected = delivery.channel() == ChannelName.FILE ? DeliveryStatus.SENT
                    : DeliveryStatus.SKIPPED;
            assertEquals(expected, delivery.status(), delivery.toString());
        }
        assertTrue(settled.stream().anyMatch(d -> d.channel() == ChannelName.DISCORD
                && d.escalatedFrom() != null), "an emergency escalates as far as the configuration allows");
        given().auth().oauth2(TestJwt.token("viv", "viewer")).queryParam("account", alert.accountId())
                .queryParam("status", "SKIPPED").get("/deliveries").then().statusCode(200)
                .body("", hasSize(settled.size() - 1));
        assertEquals(1, Fakes.fileLines(token).size());
    }
}

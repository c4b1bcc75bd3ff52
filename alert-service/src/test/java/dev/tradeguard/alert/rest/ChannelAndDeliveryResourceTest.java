package dev.tradeguard.alert.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.FakeNotificationServers;
import dev.tradeguard.alert.Fakes;
import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.repository.DeliveryRepository;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChannelAndDeliveryResourceTest {
    @Inject
    DeliveryRepository deliveries;

    @Test
    void channelsShowWhichAreLiveWithoutTheirCredentials() {
        String body = given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/channels")
                .then().statusCode(200).body("", hasSize(6))
                .body("channel", hasItems("email", "sms", "phone", "slack", "discord", "file"))
                .body("enabled", everyItem(equalTo(true)))
                .body("find { it.channel == 'slack' }.ratePerSecond", equalTo(50))
                .extract().asString();
        assertFalse(body.contains("secret"), body);
        assertFalse(body.contains(FakeNotificationServers.TWILIO_SID), body);
        assertFalse(body.contains(FakeNotificationServers.OWNER_PHONE), body);
    }

    @Test
    void readingChannelsNeedsAToken() {
        given().get("/channels").then().statusCode(401);
    }

    @Test
    void anAdminSendsATestMessageOnAChannel() {
        given().auth().oauth2(TestJwt.token("ada", "admin")).post("/channels/slack/test")
                .then().statusCode(200).body("channel", equalTo("slack")).body("delivered", equalTo(true));
        given().auth().oauth2(TestJwt.token("ada", "admin")).post("/channels/email/test")
                .then().statusCode(200).body("channel", equalTo("email"));

        assertEquals(1, Fakes.requests(FakeNotificationServers.SLACK_PATH, "requested by ada").size());
        assertEquals(1, Fakes.emails("TradeGuard test message").stream()
                .filter(email -> email.text().contains("requested by ada")).count());
    }

    @Test
    void onlyAnAdminMayTestAChannel() {
        given().auth().oauth2(TestJwt.token("viv", "viewer", "approver", "risk-officer"))
                .post("/channels/slack/test").then().statusCode(403);
    }

    @Test
    void testingAnUnknownChannelNamesIt() {
        given().auth().oauth2(TestJwt.token("ada", "admin")).post("/channels/pager/test")
                .then().statusCode(404).body("violations[0].field", equalTo("channel"))
                .body("violations[0].message", containsString("slack"));
    }

    @Test
    void deliveriesAreFilteredByStatusTypeAndAccount() {
        String account = TestAlerts.newAccount();
        Alert stop = TestAlerts.publish(TestAlerts.alert(account, AlertType.STOP_LOSS_HIT, "Stop JNJ " + Fakes.token(),
                "JNJ below stop", Map.of()));
        Alert opened = TestAlerts.publish(TestAlerts.alert(account, AlertType.POSITION_OPENED,
                "Opened PG " + Fakes.token(), "Bought PG", Map.of()));
        TestAlerts.awaitSettled(deliveries, stop);
        TestAlerts.awaitSettled(deliveries, opened);

        given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .queryParam("status", "SENT").queryParam("type", "STOP_LOSS_HIT").queryParam("account", account)
                .get("/deliveries")
                .then().statusCode(200).body("", hasSize(4))
                .body("alertType", everyItem(equalTo("STOP_LOSS_HIT")))
                .body("status", everyItem(equalTo("SENT")))
                .body("channel", hasItems("email", "sms", "slack", "file"))
                .body("attempts", everyItem(equalTo(1)));
        given().auth().oauth2(TestJwt.token("viv", "viewer")).queryParam("account", account)
                .queryParam("status", "failed").get("/deliveries").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestJwt.token("viv", "viewer")).queryParam("account", account)
                .get("/deliveries").then().statusCode(200).body("", hasSize(7))
                .body("eventId", not(hasItems((Object) null)));
    }

    @Test
    void badDeliveryFiltersAreRefusedNamingEachField() {
        given().auth().oauth2(TestJwt.token("viv", "viewer"))
                .queryParam("status", "DONE").queryParam("type", "NOPE").queryParam("channel", "pager")
                .queryParam("limit", "0").get("/deliveries")
                .then().statusCode(400)
                .body("violations.field", hasItems("status", "type", "channel", "limit"))
                .body("message", containsString("status"));
    }
}

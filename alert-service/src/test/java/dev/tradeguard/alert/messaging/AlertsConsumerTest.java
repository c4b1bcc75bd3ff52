package dev.tradeguard.alert.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.alert.TestAlerts;
import dev.tradeguard.alert.service.AlertIntakeService;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.Envelope;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.DeadLetterContract;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AlertsConsumerTest extends DeadLetterContract {
    @Inject
    AlertIntakeService intake;

    static Alert stopLossHit(String account, String subject) {
        return Alert.of(Envelope.create(account, "DEE-BOT", "rec-1"), AlertType.STOP_LOSS_HIT, subject,
                "JNJ traded at 142.90, below its stop 143.06", Map.of("symbol", "JNJ"));
    }

    @Test
    void anAlertIsTakenInOnceWithItsPriority() {
        String account = TestAlerts.newAccount();
        String json = EventJson.toJson(stopLossHit(account, "Stop loss hit: JNJ"));
        TestKafka.send(Topics.ALERTS, account, json);
        TestKafka.send(Topics.ALERTS, account, json);
        TestKafka.send(Topics.ALERTS, account, EventJson.toJson(stopLossHit(account, "Stop loss hit: PG")));

        await().atMost(Duration.ofSeconds(30)).until(() -> intake.received(account).size() >= 2);
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/accounts/{id}/alerts", account)
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].priority", equalTo("CRITICAL")).body("[0].subject", equalTo("Stop loss hit: JNJ"));
    }

    @Override
    protected String inputTopic() {
        return Topics.ALERTS;
    }

    @Override
    protected String validRecord(String accountId) {
        return EventJson.toJson(stopLossHit(accountId, "Stop loss hit: JNJ"));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return EventJson.toJson(stopLossHit(accountId, null));
    }

    @Override
    protected String fieldNamedInReason() {
        return "subject";
    }

    @Override
    protected boolean processed(String accountId) {
        return intake.received(accountId).stream().anyMatch(alert -> alert.alertType() == AlertType.STOP_LOSS_HIT);
    }
}

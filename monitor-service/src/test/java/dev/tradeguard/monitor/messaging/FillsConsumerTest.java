package dev.tradeguard.monitor.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.monitor.service.LedgerService;
import dev.tradeguard.testing.DeadLetterContract;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FillsConsumerTest extends DeadLetterContract {
    @Inject
    LedgerService ledger;

    static OrderUpdate fill(String account, String quantity) {
        return fill(account, UUID.randomUUID(), quantity);
    }

    static OrderUpdate fill(String account, UUID eventId, String quantity) {
        return new OrderUpdate(eventId, 1, account, "DEE-BOT", Instant.parse("2026-02-17T14:35:01Z"), "rec-1",
                UUID.randomUUID(), "tg-abc", "b-123", OrderEventType.FILL, "JNJ", Side.BUY, OrderType.LIMIT,
                "filled", new BigDecimal(quantity), new BigDecimal(quantity), new BigDecimal("155.48"),
                new BigDecimal("155.50"), null, new BigDecimal(quantity), new BigDecimal("155.48"),
                new BigDecimal(quantity), Instant.parse("2026-02-17T14:35:00.123Z"));
    }

    @Test
    void aFillIsRecordedOnceEvenWhenDeliveredTwice() {
        String account = "ACC-" + UUID.randomUUID();
        String json = EventJson.toJson(fill(account, "25"));
        TestKafka.send(Topics.FILLS, account, json);
        TestKafka.send(Topics.FILLS, account, json);
        String marker = EventJson.toJson(fill(account, "5"));
        TestKafka.send(Topics.FILLS, account, marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.events(account).size() >= 2);
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/accounts/{id}/order-events", account)
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].fillPrice", equalTo(155.48f)).body("[0].event", equalTo("FILL"));
    }

    @Override
    protected String inputTopic() {
        return Topics.FILLS;
    }

    @Override
    protected String validRecord(String accountId) {
        return EventJson.toJson(fill(accountId, "25"));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return EventJson.toJson(fill(accountId, "-25"));
    }

    @Override
    protected String fieldNamedInReason() {
        return "fillQuantity";
    }

    @Override
    protected boolean processed(String accountId) {
        return !ledger.events(accountId).isEmpty();
    }
}

package dev.tradeguard.monitor.messaging;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.DeadLetterHeaders;
import dev.tradeguard.model.OrderEventType;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.monitor.domain.RecordedFill;
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

        await().atMost(Duration.ofSeconds(30)).until(() -> committed(() -> ledger.events(account)).size() >= 2);
        given().auth().oauth2(TestJwt.token("viv", "viewer")).get("/accounts/{id}/order-events", account)
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].fillPrice", equalTo(155.48f)).body("[0].event", equalTo("FILL"));
    }

    /** Issue 23, finding 3: {@code fillQuantity: 1e20} and {@code fillPrice: 1e400} passed validation. */
    @Test
    void aFillOf1e20SharesAt1e400IsDeadLetteredAndNothingIsRecorded() {
        String account = "ACC-" + UUID.randomUUID();
        String forged = EventJson.toJson(fill(account, "25")).replace("\"fillQuantity\":25", "\"fillQuantity\":1e20")
                .replace("\"fillPrice\":155.48", "\"fillPrice\":1e400");
        TestKafka.send(Topics.FILLS, account, forged);
        TestKafka.send(Topics.FILLS, account, EventJson.toJson(fill(account, "5")));

        ConsumerRecord<String, String> dead = TestKafka.await(Topics.dlq(Topics.FILLS), 1,
                record -> account.equals(record.key())).get(0);
        assertEquals(forged, dead.value());
        String reason = TestKafka.header(dead, DeadLetterHeaders.REASON);
        assertTrue(reason.contains("fillQuantity: must be greater than 0 and at most 1000000000 (shares, at most 9"
                + " decimals), got 100000000000000000000"), reason);
        assertTrue(reason.contains("fillPrice: must be greater than 0 and at most 10000000 (dollars per share, at"
                + " most 10 decimals), got 1E+400"), reason);
        await().atMost(Duration.ofSeconds(30)).until(() -> !committed(() -> ledger.events(account)).isEmpty());
        List<RecordedFill> events = committed(() -> ledger.events(account));
        assertEquals(1, events.size(), "only the valid fill after it");
        assertEquals(0, new BigDecimal("5").compareTo(events.get(0).fillQuantity()));
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
        return !committed(() -> ledger.events(accountId)).isEmpty();
    }
}

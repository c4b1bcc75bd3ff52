package dev.tradeguard.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.DeadLetterHeaders;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.serde.EventJson;

/**
 * BRIEF invariant 7 for one input topic of one service: a malformed record and a schema-invalid one land on
 * {@code <topic>.dlq} exactly as sent, with the reason in a header, an alert is raised for each, and the service
 * goes on consuming the next valid record. Each service's test extends this for each topic it consumes.
 */
public abstract class DeadLetterContract {

    protected abstract String inputTopic();

    /** A valid event for the account, as JSON. */
    protected abstract String validRecord(String accountId);

    /** Well-formed JSON that breaks the schema (e.g. a negative quantity), and the field the reason must name. */
    protected abstract String schemaInvalidRecord(String accountId);

    protected abstract String fieldNamedInReason();

    /** Whether the service has processed the valid record of this account (e.g. its row is in the database). */
    protected abstract boolean processed(String accountId) throws Exception;

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheReasonAndConsumingContinues() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        String invalid = schemaInvalidRecord(account);

        TestKafka.send(inputTopic(), account, "{\"broken\"");
        TestKafka.send(inputTopic(), account, invalid);
        TestKafka.send(inputTopic(), account, validRecord(account));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(account));

        List<ConsumerRecord<String, String>> dead = TestKafka.await(Topics.dlq(inputTopic()), 2,
                record -> account.equals(record.key()));
        assertEquals("{\"broken\"", dead.get(0).value(), "the malformed record is kept byte for byte");
        assertTrue(TestKafka.header(dead.get(0), DeadLetterHeaders.REASON).startsWith("malformed JSON"),
                TestKafka.header(dead.get(0), DeadLetterHeaders.REASON));
        assertEquals(invalid, dead.get(1).value());
        String reason = TestKafka.header(dead.get(1), DeadLetterHeaders.REASON);
        assertTrue(reason.contains(fieldNamedInReason() + ": "), reason);
        assertEquals(inputTopic(), TestKafka.header(dead.get(1), DeadLetterHeaders.TOPIC));

        List<ConsumerRecord<String, String>> alerts = TestKafka.await(Topics.ALERTS, 2,
                record -> account.equals(record.key()) && record.value().contains(AlertType.DLQ_RECORD.name()));
        Alert alert = EventJson.mapper().readValue(alerts.get(1).value(), Alert.class);
        assertEquals(AlertType.DLQ_RECORD, alert.alertType());
        assertTrue(alert.message().contains(fieldNamedInReason()), alert.message());
        assertFalse(alert.validate().iterator().hasNext(), "the alert itself is a valid event");
    }
}

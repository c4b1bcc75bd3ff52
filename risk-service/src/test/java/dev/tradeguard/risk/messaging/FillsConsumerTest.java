package dev.tradeguard.risk.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
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
import dev.tradeguard.platform.messaging.ProcessedEvents;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FillsConsumerTest {
    @Inject
    ProcessedEvents processedEvents;

    /** Issue 23, finding 3: a fill of {@code 1e20} shares at {@code 1e400} was accepted by one of its consumers. */
    @Test
    void aFillOf1e20SharesAt1e400IsDeadLetteredAndNeverProcessed() {
        String account = "ACC-" + UUID.randomUUID();
        OrderUpdate fill = new OrderUpdate(UUID.randomUUID(), 1, account, "DEE-BOT", Instant.now(), "rec-1",
                UUID.randomUUID(), "tg-1", "b-1", OrderEventType.FILL, "JNJ", Side.SELL, OrderType.LIMIT, "filled",
                new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("155.48"), new BigDecimal("155.50"), null,
                new BigDecimal("25"), new BigDecimal("155.48"), BigDecimal.ZERO, Instant.now());
        String forged = EventJson.toJson(fill).replace("\"fillQuantity\":25", "\"fillQuantity\":1e20")
                .replace("\"fillPrice\":155.48", "\"fillPrice\":1e400");
        TestKafka.send(Topics.FILLS, account, forged);

        ConsumerRecord<String, String> dead = TestKafka.await(Topics.dlq(Topics.FILLS), 1,
                record -> account.equals(record.key())).get(0);
        assertEquals(forged, dead.value());
        String reason = TestKafka.header(dead, DeadLetterHeaders.REASON);
        assertTrue(reason.contains("fillQuantity: must be greater than 0 and at most 1000000000"), reason);
        assertTrue(reason.contains("fillPrice: must be greater than 0 and at most 10000000"), reason);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processedEvents.claim("risk.fills", fill.eventId())),
                "the fill was never processed: its id is still unclaimed");
    }
}

package dev.tradeguard.recommendation.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.platform.outbox.Outbox;
import dev.tradeguard.platform.outbox.OutboxEventEntity;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxRelayTest {
    @Inject
    Outbox outbox;

    static Recommendation recommendation(String account, String symbol) {
        return new Recommendation(UUID.randomUUID(), 1, account, "SHORGAN-BOT", Instant.now(),
                UUID.randomUUID().toString(), symbol, Side.BUY, null, null, null, null, null, "rest", null, null,
                null, null);
    }

    @Test
    void aCommittedEventIsPublishedInOrderAndMarkedPublished() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "ARQT"));
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "SNDX"));
        });

        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.RECOMMENDATIONS, 2,
                record -> account.equals(record.key()));
        assertEquals("ARQT", EventJson.mapper().readValue(published.get(0).value(), Recommendation.class).symbol());
        assertEquals("SNDX", EventJson.mapper().readValue(published.get(1).value(), Recommendation.class).symbol());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(account) == 0);
    }

    @Test
    void aRolledBackEventIsNeverPublished() {
        String account = "ACC-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "ARQT"));
            throw new IllegalStateException("the state change failed");
        }));
        String marker = "ACC-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Topics.RECOMMENDATIONS,
                recommendation(marker, "SNDX")));

        List<ConsumerRecord<String, String>> seen = TestKafka.await(Topics.RECOMMENDATIONS, 1,
                record -> marker.equals(record.key()) || account.equals(record.key()));
        assertTrue(seen.stream().noneMatch(record -> account.equals(record.key())),
                "the rolled-back event was published");
    }

    @Test
    void enqueueOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class,
                () -> outbox.enqueue(Topics.RECOMMENDATIONS, recommendation("ACC-X", "ARQT")));
    }

    private long unpublished(String account) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEventEntity.count(
                "messageKey = ?1 and publishedAt is null", account));
    }
}

package dev.tradeguard.platform.outbox;

import static dev.tradeguard.platform.outbox.OutboxRows.recommendation;
import static dev.tradeguard.platform.outbox.OutboxRows.unpublished;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import dev.tradeguard.testing.OwnInfrastructureProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The safety net: a row no commit of this instance announced (another instance, a crash) is found by the sweep. */
@QuarkusTest
@TestProfile(OutboxSweepTest.FastSweep.class)
class OutboxSweepTest {
    public static class FastSweep extends OwnInfrastructureProfile {
        public FastSweep() {
            super("platform");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradeguard.outbox.sweep-interval", "1s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRowWrittenBehindTheOutboxsBackIsPublishedByTheSweep() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        Recommendation event = recommendation(account, "ARQT");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (event_id, topic, message_key, payload) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, Topics.RECOMMENDATIONS);
            insert.setString(3, account);
            insert.setString(4, EventJson.toJson(event));
            insert.executeUpdate();
        }

        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.RECOMMENDATIONS, 1,
                record -> account.equals(record.key()), Duration.ofSeconds(15));
        assertEquals(event.eventId(),
                EventJson.mapper().readValue(published.get(0).value(), Recommendation.class).eventId());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> unpublished(dataSource, account) == 0);
    }
}

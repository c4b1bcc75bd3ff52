package dev.tradeguard.platform.outbox;

import static dev.tradeguard.platform.outbox.OutboxRows.recommendation;
import static dev.tradeguard.platform.outbox.OutboxRows.rows;
import static dev.tradeguard.platform.outbox.OutboxRows.unpublished;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The relay publishes right after the commit of a transaction that wrote to the outbox. The sweep runs every 30 s
 * here (src/test/resources/application.properties), so anything published within {@link #WELL_BEFORE_THE_SWEEP} of
 * its commit was published because the commit woke the relay.
 */
@QuarkusTest
class OutboxWakeUpTest {
    private static final Logger LOG = Logger.getLogger(OutboxWakeUpTest.class);
    private static final Duration WELL_BEFORE_THE_SWEEP = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedEventIsPublishedRightAfterTheCommit() throws Exception {
        // The first one also warms up the producer (metadata of the topic); the later ones are the measure.
        int rounds = 21;
        List<String> accounts = new ArrayList<>();
        long[] millis = new long[rounds - 1];
        for (int i = 0; i < rounds; i++) {
            String account = "ACC-" + UUID.randomUUID();
            accounts.add(account);
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Topics.RECOMMENDATIONS,
                    recommendation(account, "ARQT")));
            long committed = System.nanoTime();
            Awaitility.await("row of " + account + " published").atMost(WELL_BEFORE_THE_SWEEP)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                    .until(() -> rows(dataSource, account) == 1 && unpublished(dataSource, account) == 0);
            if (i > 0) {
                millis[i - 1] = (System.nanoTime() - committed) / 1_000_000;
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        LOG.infof("Outbox commit -> published and marked (sweep 30 s), %d events: median %d ms, max %d ms",
                sorted.length, sorted[sorted.length / 2], sorted[sorted.length - 1]);

        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.RECOMMENDATIONS, rounds,
                record -> accounts.contains(record.key()), WELL_BEFORE_THE_SWEEP);
        // Each account has its own key, so its own partition: order across them is not Kafka's to keep.
        assertEquals(Set.copyOf(accounts), published.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
    }

    @Test
    void theEventsOfOneTransactionLeaveTogetherInOrder() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "ARQT"));
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "SNDX"));
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "GKOS"));
        });

        List<ConsumerRecord<String, String>> published = TestKafka.await(Topics.RECOMMENDATIONS, 3,
                record -> account.equals(record.key()), WELL_BEFORE_THE_SWEEP);
        List<String> symbols = new ArrayList<>();
        for (ConsumerRecord<String, String> record : published) {
            symbols.add(EventJson.mapper().readValue(record.value(), Recommendation.class).symbol());
        }
        assertEquals(List.of("ARQT", "SNDX", "GKOS"), symbols);
        Awaitility.await().atMost(WELL_BEFORE_THE_SWEEP).until(() -> unpublished(dataSource, account) == 0);
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
                () -> outbox.enqueue(Topics.RECOMMENDATIONS, recommendation("ACC-" + UUID.randomUUID(), "ARQT")));
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        String account = "ACC-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Topics.RECOMMENDATIONS, recommendation(account, "ARQT"));
            throw new IllegalStateException("the state change failed");
        }));
        assertEquals(0, rows(dataSource, account), "the rolled-back row is in the outbox");

        // The relay publishes in order: once a later event is on the topic, the rolled-back one would be there too.
        String marker = "ACC-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Topics.RECOMMENDATIONS,
                recommendation(marker, "SNDX")));
        List<ConsumerRecord<String, String>> seen = TestKafka.await(Topics.RECOMMENDATIONS, 1,
                record -> marker.equals(record.key()) || account.equals(record.key()), WELL_BEFORE_THE_SWEEP);
        assertTrue(seen.stream().noneMatch(record -> account.equals(record.key())),
                "the rolled-back event was published");
    }
}

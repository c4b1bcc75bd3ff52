package dev.tradeguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Topics;

/** The chaos campaign's Kafka fault: a restarted broker is the same broker, on the same address, with its data. */
class KafkaBrokerRestartTest {

    @Test
    void aRestartedBrokerKeepsItsAddressTopicsAndRecords() throws Exception {
        String before = KafkaBroker.bootstrapServers();
        String key = UUID.randomUUID().toString();
        send(before, key, "before the restart");

        KafkaBroker.restart(Duration.ofMillis(200));

        assertEquals(before, KafkaBroker.bootstrapServers());
        send(before, key, "after the restart");
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, before,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-test-" + key, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.dlq(Topics.ALERTS)));
            Awaitility.await("both records read back").atMost(Duration.ofMinutes(1)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        values.add(r.value());
                    }
                });
                return values.size() >= 2;
            });
        }
        assertEquals(List.of("before the restart", "after the restart"), values);
    }

    private static void send(String bootstrapServers, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.dlq(Topics.ALERTS), key, value)).get();
        }
    }
}

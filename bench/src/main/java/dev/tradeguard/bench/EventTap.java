package dev.tradeguard.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A passive consumer of the pipeline's topics (no group, partitions assigned, starting at their end): every record
 * with its producer-side create time and the instant it reached this process. Listeners see each record once, on the
 * tap's own thread, so they must be quick.
 */
final class EventTap implements AutoCloseable {
    /** One record: {@code createdMicros} is the producer's send time (ms precision), {@code tappedMicros} ours. */
    record Tapped(String topic, String key, String value, long createdMicros, long tappedMicros) {
        private static final ObjectMapper JSON = new ObjectMapper();

        JsonNode json() {
            try {
                return JSON.readTree(value);
            } catch (Exception e) {
                return JSON.createObjectNode();
            }
        }
    }

    private final List<Consumer<Tapped>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean running = true;

    EventTap(String bootstrap, List<String> topics) {
        Properties settings = KafkaFloor.consumerSettings(bootstrap, "bench-tap-" + UUID.randomUUID());
        thread = new Thread(() -> run(settings, topics), "event-tap");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!assigned.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the event tap could not be assigned " + topics);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void run(Properties settings, List<String> topics) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end offsets now, before anything is produced
            assigned.countDown();
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                long tapped = Timing.nowMicros();
                for (ConsumerRecord<String, String> record : records) {
                    Tapped event = new Tapped(record.topic(), record.key(), record.value(), record.timestamp() * 1_000,
                            tapped);
                    for (Consumer<Tapped> listener : listeners) {
                        try {
                            listener.accept(event);
                        } catch (RuntimeException e) {
                            System.err.println("event tap listener failed on " + record.topic() + ": " + e);
                        }
                    }
                }
            }
        }
    }

    /** Adds a listener; returns what removes it. */
    Runnable listen(Consumer<Tapped> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

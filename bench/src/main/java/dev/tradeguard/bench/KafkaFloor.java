package dev.tradeguard.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor the pipeline stands on: a raw Kafka hop, and a raw relay of three hops (what the decision path does:
 * recommendation → risk → approved order → execution), with the client settings the services use. Open loop: each
 * record carries the time it was DUE, so a stalled producer shows up as latency instead of hiding (coordinated
 * omission).
 */
public final class KafkaFloor {
    /** The services' producer settings (service-support's microprofile-config.properties). */
    static Properties producerSettings(String bootstrap) {
        return settings(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1"));
    }

    static Properties consumerSettings(String bootstrap, String group) {
        return settings(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100"));
    }

    private static Properties settings(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return p;
    }

    private final String bootstrap;

    KafkaFloor(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Producer → {@code hops} topics relayed by consumer/producer pairs → measuring consumer, at {@code rate}/s. */
    LatencyResult measure(int hops, int rate, int seconds) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> topics = new ArrayList<>();
        for (int i = 0; i <= hops - 1; i++) {
            topics.add("bench-" + run + "-" + i);
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> relays = new ArrayList<>();
        for (int i = 0; i < hops - 1; i++) {
            String from = topics.get(i);
            String to = topics.get(i + 1);
            Thread relay = new Thread(() -> relay(from, to, running), "relay-" + i);
            relay.start();
            relays.add(relay);
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong received = new AtomicLong();
        long expected = (long) rate * seconds;
        Thread measuring = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                    consumerSettings(bootstrap, "bench-measure-" + run), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topics.get(hops - 1)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
                while (received.get() < expected && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        long due = ByteBuffer.wrap(record.value()).getLong();
                        histogram.recordValue(Math.max(0, System.nanoTime() - due));
                        received.incrementAndGet();
                    }
                }
            }
        }, "measure");
        measuring.start();
        Thread.sleep(2000); // let consumers join before the clock starts (setup, not measured)
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (long i = 0; i < expected; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                byte[] payload = ByteBuffer.allocate(64).putLong(due).putLong(i).array();
                producer.send(new ProducerRecord<>(topics.get(0), "PA-BENCH", payload));
                sent++;
            }
            producer.flush();
        }
        measuring.join();
        running.set(false);
        for (Thread relay : relays) {
            relay.join();
        }
        return LatencyResult.of(hops == 1 ? "kafka 1 hop" : "kafka " + hops + " hops", rate, sent, received.get(),
                histogram);
    }

    private void relay(String from, String to, AtomicBoolean running) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerSettings(bootstrap, "relay-" + from),
                new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap),
                        new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(from));
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    producer.send(new ProducerRecord<>(to, record.key(), record.value()));
                }
                consumer.commitAsync();
            }
        }
    }
}

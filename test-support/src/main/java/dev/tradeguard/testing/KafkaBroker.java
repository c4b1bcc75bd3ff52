package dev.tradeguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

import dev.tradeguard.model.Topics;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * One real Kafka broker (KRaft, combined broker and controller, Kafka's own server jars) in this JVM, shared by every
 * test of the run and stopped when the JVM exits. It has TradeGuard's topics and their dead-letter topics. Its ports,
 * cluster id and log directory are fixed for the JVM's life, so {@link #restart(Duration)} brings the same broker back
 * with its data: what a broker pod's restart looks like to the clients.
 */
public final class KafkaBroker {
    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    static final int PARTITIONS = 2;
    private static EmbeddedKafkaBroker broker;
    private static int kafkaPort;
    private static int controllerPort;
    private static String clusterId;
    private static Path logDir;

    private KafkaBroker() {
    }

    /** Starts the broker once per JVM and returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            long started = System.nanoTime();
            kafkaPort = freePort();
            controllerPort = freePort();
            clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            try {
                logDir = Files.createTempDirectory("tradeguard-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the Kafka test broker's log directory", e);
            }
            broker = configured().start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stopAndDelete, "kafka-test-broker-stop"));
            createTopics(broker.getAdvertisedListeners());
            LOG.infof("Kafka test broker on %s ready in %d ms", broker.getAdvertisedListeners(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return broker.getAdvertisedListeners();
    }

    /**
     * Stops the broker (clients see their connections refused), waits {@code downtime}, and starts it again on the same
     * ports with the same data: topics, offsets, transactions and compacted state survive, as they do a pod restart.
     */
    public static synchronized void restart(Duration downtime) {
        bootstrapServers();
        broker.close();
        try {
            Thread.sleep(downtime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        broker = configured().start();
        LOG.infof("Kafka test broker restarted on %s after %d ms down", broker.getAdvertisedListeners(),
                downtime.toMillis());
    }

    private static EmbeddedKafkaBroker configured() {
        return new EmbeddedKafkaBroker()
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    singleNodeSettings(properties);
                    properties.put("log.dir", logDir.toString());
                });
    }

    private static synchronized void stopAndDelete() {
        broker.close();
        try (var files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", logDir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void singleNodeSettings(Properties properties) {
        properties.putAll(Map.of("offsets.topic.num.partitions", "1",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "false"));
    }

    private static void createTopics(String bootstrapServers) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.EVENT_TOPICS) {
            NewTopic newTopic = new NewTopic(topic, PARTITIONS, (short) 1);
            if (Topics.isCompacted(topic)) {
                newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(newTopic);
            topics.add(new NewTopic(Topics.dlq(topic), 1, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    // On a loaded machine the admin client may retry a create that did succeed: the topic is there.
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create TradeGuard topics on the test broker", e);
        }
    }
}

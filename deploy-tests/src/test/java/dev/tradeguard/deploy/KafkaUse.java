package dev.tradeguard.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service really does on Kafka, read from the project itself: its channels in application.properties (over
 * service-support's shared defaults), the dead-letter topics of its incoming channels, and the topics its code hands to
 * the transactional outbox ({@code enqueue(Topics.X, …)} or a {@code publish(Topics.X, …)} that forwards to it).
 */
record KafkaUse(String service, String group, Set<String> reads, Set<String> writes, Set<String> topicsNamedInCode,
        Set<String> unconfiguredChannels) {
    /** The outbox channel's configured topic is a placeholder: each record names its topic in the outbox row. */
    static final String OUTBOX_CHANNEL = "outbox";
    /** Any attribute of a channel, in every profile or in prod ("%prod." first). */
    private static final Pattern CHANNEL = Pattern.compile("(?:%prod\\.)?mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\..+");
    private static final Pattern OUTBOX_WRITE = Pattern.compile("(?:enqueue|publish)\\(\\s*Topics\\.([A-Z_]+)");
    private static final Pattern TOPIC_REFERENCE = Pattern.compile("\\bTopics\\.([A-Z_]+)\\b");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([^\"]+)\"");

    static KafkaUse of(String service) {
        Properties config = new Properties();
        load(config, Deploy.ROOT.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"));
        load(config, Deploy.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        Set<String> reads = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Set<String> configured = new TreeSet<>();
        for (String key : config.stringPropertyNames()) {
            Matcher channel = CHANNEL.matcher(key);
            if (!channel.matches() || !configured.add(channel.group(1) + " " + channel.group(2))) {
                continue;
            }
            String name = channel.group(2);
            String prefix = "mp.messaging." + channel.group(1) + "." + name + ".";
            String topic = setting(config, prefix + "topic", name);  // a channel without topic uses its name
            if (channel.group(1).equals("incoming")) {
                reads.add(topic);
                if ("dead-letter-queue".equals(setting(config, prefix + "failure-strategy", "fail"))) {
                    // SmallRye's default dead-letter topic when none is named
                    writes.add(setting(config, prefix + "dead-letter-queue.topic", "dead-letter-topic-" + name));
                }
            } else if (!name.equals(OUTBOX_CHANNEL)) {
                writes.add(topic);
            }
        }
        Set<String> unconfigured = new TreeSet<>(channelConstants(service));
        configured.forEach(channel -> unconfigured.remove(channel.substring(channel.indexOf(' ') + 1)));
        Map<String, String> topics = topicConstants();
        Set<String> named = new TreeSet<>();
        for (String source : mainSources(service)) {
            Matcher write = OUTBOX_WRITE.matcher(source);
            while (write.find()) {
                writes.add(topic(topics, write.group(1)));
            }
            Matcher reference = TOPIC_REFERENCE.matcher(source);
            while (reference.find()) {
                if (topics.containsKey(reference.group(1))) {
                    named.add(topics.get(reference.group(1)));
                }
            }
        }
        String group = config.getProperty("quarkus.application.name", service);
        return new KafkaUse(service, group, reads, writes, named, unconfigured);
    }

    private static String setting(Properties config, String key, String otherwise) {
        return config.getProperty("%prod." + key, config.getProperty(key, otherwise));
    }

    /**
     * The channel names of the service's {@code messaging/Channels}: a channel the code uses but no property names
     * would be attached by Quarkus to a topic named like the channel, which no ACL grants.
     */
    private static Set<String> channelConstants(String service) {
        Set<String> channels = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Deploy.ROOT.resolve(service).resolve("src/main/java"))) {
            for (Path file : files.filter(p -> p.endsWith("messaging/Channels.java")).toList()) {
                Matcher constant = TOPIC_CONSTANT.matcher(read(file));
                while (constant.find()) {
                    channels.add(constant.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return channels;
    }

    /** shared-model's {@code Topics} constants: constant name → topic. */
    static Map<String, String> topicConstants() {
        Path file = Deploy.ROOT.resolve("shared-model/src/main/java/dev/tradeguard/model/Topics.java");
        Map<String, String> topics = new TreeMap<>();
        Matcher constant = TOPIC_CONSTANT.matcher(read(file));
        while (constant.find()) {
            topics.put(constant.group(1), constant.group(2));
        }
        topics.remove("DLQ_SUFFIX");
        return topics;
    }

    private static String topic(Map<String, String> topics, String constant) {
        String topic = topics.get(constant);
        if (topic == null) {
            throw new AssertionError("Topics." + constant + " is not a topic constant of shared-model");
        }
        return topic;
    }

    private static Iterable<String> mainSources(String service) {
        try (Stream<Path> files = Files.walk(Deploy.ROOT.resolve(service).resolve("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(KafkaUse::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Properties into, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

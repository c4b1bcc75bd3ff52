package dev.tradeguard.execution;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.tradeguard.execution.domain.BrokerException;
import dev.tradeguard.execution.domain.ClientOrderIds;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.execution.service.SnapshotService;
import dev.tradeguard.execution.service.TradingStateService;
import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.OrderUpdate;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.event.TradingStateChanged;
import dev.tradeguard.model.serde.Decoded;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestKafka;
import dev.tradeguard.testing.TradeGuardInfrastructure;

/** Approved orders, trading states and readers of what execution-service published, for its @QuarkusTests. */
public final class ExecutionFixtures {
    public static final String ACCOUNT = BrokerSimulator.ACCOUNT;

    private ExecutionFixtures() {
    }

    /** A bracket buy of {@code quantity} SPY at a 500.00 limit, stop 480, target 520, valid for 30 minutes. */
    public static ApprovedOrder spyBuy(int quantity) {
        return order(Side.BUY, quantity, "500.00", "480.00", "520.00", Instant.now(), Instant.now().plusSeconds(1800));
    }

    public static ApprovedOrder order(Side side, int quantity, String limit, String stop, String target,
            Instant occurredAt, Instant expiresAt) {
        return order("SPY", side, quantity, limit, stop, target, occurredAt, expiresAt);
    }

    public static ApprovedOrder order(String symbol, Side side, int quantity, String limit, String stop, String target,
            Instant occurredAt, Instant expiresAt) {
        return new ApprovedOrder(UUID.randomUUID(), 1, ACCOUNT, "DEE-BOT", occurredAt, "rec-" + UUID.randomUUID(),
                UUID.randomUUID(), symbol, side, BigDecimal.valueOf(quantity), OrderType.LIMIT,
                stop != null && target != null ? OrderClass.BRACKET : OrderClass.SIMPLE, TimeInForce.DAY,
                new BigDecimal(limit), stop == null ? null : new BigDecimal(stop),
                target == null ? null : new BigDecimal(target), false, expiresAt, "alice");
    }

    public static void send(ApprovedOrder order) {
        TestKafka.send(Topics.APPROVED_ORDERS, order.accountId(), EventJson.toJson(order));
    }

    public static String clientOrderId(ApprovedOrder order) {
        return ClientOrderIds.of(order.orderId());
    }

    /** Publishes a trading state for the test account and waits until execution-service enforces it. */
    public static void tradingState(TradingStateService states, TradingState state, String reason) {
        TradingStateChanged change = new TradingStateChanged(UUID.randomUUID(), 1, ACCOUNT, null, Instant.now(), null,
                state, null, reason, "risk-officer:rita");
        TestKafka.send(Topics.TRADING_STATE, ACCOUNT, EventJson.toJson(change));
        await().atMost(Duration.ofSeconds(30)).until(() -> states.find(ACCOUNT)
                .map(known -> known.state() == state && known.reason().equals(reason)).orElse(false));
    }

    public static LedgerEntry awaitLedger(OrderLedgerRepository ledger, UUID orderId, String... states) {
        List<String> wanted = List.of(states);
        await().atMost(Duration.ofSeconds(45)).until(() -> ledger.find(orderId)
                .map(entry -> wanted.contains(entry.state())).orElse(false));
        return ledger.find(orderId).orElseThrow();
    }

    /** Order updates on {@code fills} for one approved order, matching {@code event}, at least {@code count}. */
    public static List<OrderUpdate> awaitUpdates(UUID orderId, String event, int count) {
        return TestKafka.await(Topics.FILLS, count, record -> matches(record, orderId, event), Duration.ofSeconds(45))
                .stream().map(record -> EventJson.decode(record.value().getBytes(), OrderUpdate.class).event())
                .toList();
    }

    public static List<OrderUpdate> awaitBrokerOrderUpdates(String brokerOrderId, String event, int count) {
        return TestKafka.await(Topics.FILLS, count, record -> record.value().contains(brokerOrderId)
                && EventJson.decode(record.value().getBytes(), OrderUpdate.class).event().event().name().equals(event),
                Duration.ofSeconds(45)).stream()
                .map(record -> EventJson.decode(record.value().getBytes(), OrderUpdate.class).event()).toList();
    }

    private static boolean matches(ConsumerRecord<String, String> record, UUID orderId, String event) {
        if (!record.value().contains(orderId.toString())) {
            return false;
        }
        var decoded = EventJson.decode(record.value().getBytes(), OrderUpdate.class);
        return decoded.isOk() && orderId.equals(decoded.event().orderId())
                && decoded.event().event().name().equals(event);
    }

    /** Decoded events on {@code positions} matching {@code test}, at least {@code count}. */
    public static List<PositionsEvent> awaitPositions(int count, Predicate<PositionsEvent> test) {
        return TestKafka.await(Topics.POSITIONS, count, record -> {
            Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(record.value().getBytes());
            return decoded.isOk() && test.test(decoded.event());
        }, Duration.ofSeconds(45)).stream()
                .map(record -> EventJson.decodePositionsEvent(record.value().getBytes()).event()).toList();
    }

    /** Every event on {@code positions} up to the topic's current end that matches {@code test}. */
    public static List<PositionsEvent> positionsSoFar(Predicate<PositionsEvent> test) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TradeGuardInfrastructure.bootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<PositionsEvent> matches = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.POSITIONS).stream()
                    .map(info -> new TopicPartition(Topics.POSITIONS, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Decoded<PositionsEvent> decoded = EventJson.decodePositionsEvent(record.value().getBytes());
                    if (decoded.isOk() && test.test(decoded.event())) {
                        matches.add(decoded.event());
                    }
                }
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return matches;
    }

    /** A fresh simulator account, and the book reseeded from it (as a reconciliation does). */
    public static void freshAccount(SnapshotService snapshots) throws BrokerException {
        BrokerSimulator.reset();
        snapshots.publish();
    }

    public static List<Alert> awaitAlerts(String containing, int count) {
        return TestKafka.await(Topics.ALERTS, count, record -> record.value().contains(containing),
                Duration.ofSeconds(45)).stream()
                .map(record -> EventJson.decode(record.value().getBytes(), Alert.class).event()).toList();
    }
}

package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * Scenario 3: a burst of 200 approved orders; execution-service is killed with SIGKILL in the middle of it and started
 * again. The broker must have received every order, and each client order id exactly once.
 */
@Order(2)
@ExtendWith(Pipeline.Extension.class)
class ExactlyOnceUnderCrashIT {
    private static final String SYMBOL = "BRST";
    private static final int BURST = 200;

    @Test
    void burstOfApprovedOrdersWithExecutionKilledMidBurstReachesTheBrokerExactlyOnceEach() throws Exception {
        LocalPipeline pipeline = Pipeline.get();
        pipeline.setPrice(SYMBOL, "20.00");
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30));
        List<ApprovedOrder> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(Pipeline.approvedBuy(SYMBOL, "20.00", "18.00", "30.00", expiresAt));
        }
        Set<String> clientOrderIds = burst.stream().map(Pipeline::clientOrderId).collect(Collectors.toSet());

        // Each broker call takes 40 ms, so the burst lasts seconds and the kill lands in its middle.
        JsonHttp.anonymous().put(pipeline.simulator().baseUrl() + "/admin/faults", "{\"delay_ms\": 40}").expect(200);
        try {
            publish(pipeline, burst);
            Awaitility.await("the burst under way at the broker").atMost(Pipeline.PATIENCE)
                    .until(() -> requestsFor(clientOrderIds).size() >= 20);
            pipeline.execution().kill();
            int placedBeforeCrash = requestsFor(clientOrderIds).size();
            assertThat(placedBeforeCrash).as("killed in the middle of the burst").isLessThan(BURST);

            pipeline.execution().start();
            pipeline.execution().awaitReady(Duration.ofMinutes(3));
            Awaitility.await("every approved order placed after the restart").atMost(Duration.ofMinutes(3))
                    .until(() -> requestsFor(clientOrderIds).stream().map(r -> r.path("client_order_id").asText())
                            .collect(Collectors.toSet()).size() == BURST);
        } finally {
            JsonHttp.anonymous().delete(pipeline.simulator().baseUrl() + "/admin/faults").expect(200);
        }

        List<JsonNode> requests = requestsFor(clientOrderIds);
        Map<String, Long> perClientOrderId = requests.stream().collect(Collectors.groupingBy(
                r -> r.path("client_order_id").asText(), Collectors.counting()));
        assertThat(perClientOrderId).as("requests per client order id").hasSize(BURST)
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        assertThat(requests).allSatisfy(r -> assertThat(r.path("http_status").asInt()).as(r.toString())
                .isEqualTo(200));
        Map<String, JsonNode> atBroker = Pipeline.brokerOrders(SYMBOL).stream()
                .collect(Collectors.toMap(o -> o.path("client_order_id").asText(), Function.identity()));
        assertThat(atBroker.keySet()).containsAll(clientOrderIds);
    }

    private static List<JsonNode> requestsFor(Set<String> clientOrderIds) {
        return Pipeline.orderRequests().stream()
                .filter(r -> clientOrderIds.contains(r.path("client_order_id").asText())).toList();
    }

    private static void publish(LocalPipeline pipeline, List<ApprovedOrder> orders) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            for (ApprovedOrder order : orders) {
                producer.send(new ProducerRecord<>(Topics.APPROVED_ORDERS, order.accountId(), EventJson.toJson(order)));
            }
            producer.flush();
        }
    }
}

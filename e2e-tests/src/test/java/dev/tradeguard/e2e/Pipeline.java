package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.model.OrderClass;
import dev.tradeguard.model.OrderType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.TimeInForce;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.testing.TestJwt;
import dev.tradeguard.testing.TestKafka;
import dev.tradeguard.testing.pipeline.JsonHttp;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * The one pipeline every end-to-end scenario of this test JVM runs against (starting six JVMs per scenario would
 * cost minutes), and the requests the scenarios make of it. Scenarios trade different symbols so they never see each
 * other's orders.
 */
final class Pipeline {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalPipeline pipeline;

    static final JsonHttp VIEWER = JsonHttp.bearer(TestJwt.token("vera", "viewer"));
    static final JsonHttp APPROVER = JsonHttp.bearer(TestJwt.token("alice", "approver"));
    static final JsonHttp RISK_OFFICER = JsonHttp.bearer(TestJwt.token("rita", "risk-officer"));
    static final JsonHttp ADMIN = JsonHttp.bearer(TestJwt.token("root", "admin"));
    static final JsonHttp BOT = JsonHttp.bearer(TestJwt.token("e2e-bot", "service"));

    private Pipeline() {
    }

    /**
     * Starts the pipeline on the first scenario and has JUnit close it when the whole run ends (the root context's
     * store), before the JVM exits: a shutdown hook would race the test runner's own exit timeout and leave the
     * service processes running.
     */
    static final class Extension implements BeforeAllCallback, BeforeEachCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Pipeline.class,
                    key -> (ExtensionContext.Store.CloseableResource) () -> {
                        synchronized (Pipeline.class) {
                            if (pipeline != null) {
                                pipeline.close();
                                pipeline = null;
                            }
                        }
                    });
            get();
        }

        /**
         * Every scenario starts with the account ACTIVE, as each one that halts it also resumes it: one that failed
         * half-way through a halt must not fail every scenario after it with TRADING_HALTED.
         */
        @Override
        public void beforeEach(ExtensionContext context) {
            String state = get().risk().baseUrl() + "/trading-state/" + LocalPipeline.ACCOUNT;
            if (!"ACTIVE".equals(VIEWER.get(state).body().path("state").asText())) {
                RISK_OFFICER.post(state + "/resume", "{\"reason\": \"e2e: an earlier scenario left the account "
                        + "halted; starting " + context.getDisplayName() + "\"}").expect(200);
            }
            awaitExecutionActive();
        }
    }

    private static void awaitExecutionActive() {
        Awaitility.await("execution-service knows the account is ACTIVE").atMost(PATIENCE)
                .until(() -> "ACTIVE".equals(VIEWER.get(pipeline.execution().baseUrl() + "/trading-state/"
                        + LocalPipeline.ACCOUNT).body().path("state").asText()));
    }

    static synchronized LocalPipeline get() {
        if (pipeline == null) {
            Path workDir = Path.of("target", "e2e-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                    "yyyyMMdd-HHmmss"))).toAbsolutePath();
            pipeline = LocalPipeline.start(workDir);
            // a run killed before JUnit closes the store still stops its processes
            LocalPipeline started = pipeline;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-pipeline-stop"));
            // Nothing is placed before the risk-service's ACTIVE state for the account reached execution-service.
            awaitExecutionActive();
        }
        return pipeline;
    }

    /** POSTs a buy recommendation over REST as the bot would; returns its id. */
    static String recommendBuy(String symbol, int quantity, String limit, String stop, String target) {
        String body = """
                {"strategy": "%s", "symbol": "%s", "side": "buy", "quantity": %d, "limitPrice": %s,
                 "stopLoss": %s, "takeProfit": %s, "confidence": 0.8, "source": "E2E",
                 "rationale": "end-to-end scenario", "validUntil": "%s"}
                """.formatted(LocalPipeline.STRATEGY, symbol, quantity, limit, stop, target,
                Instant.now().plus(Duration.ofHours(1)));
        JsonNode reply = BOT.post(get().recommendation().baseUrl() + "/recommendations", body).body();
        String id = reply.path("recommendation").path("id").asText(null);
        assertThat(id).as("recommendation id in %s", reply).isNotNull();
        return id;
    }

    /** risk-service's decision on a recommendation, once it has made one. */
    static JsonNode awaitDecision(String recommendationId) {
        AtomicReference<JsonNode> decision = new AtomicReference<>();
        Awaitility.await("risk decision on " + recommendationId).atMost(PATIENCE).until(() -> {
            JsonHttp.Reply reply = VIEWER.get(get().risk().baseUrl() + "/decisions/" + recommendationId);
            decision.set(reply.body());
            return reply.status() == 200;
        });
        return decision.get();
    }

    /** The pending approval risk-service opened for a recommendation. */
    static String awaitPendingApproval(String recommendationId) {
        AtomicReference<String> id = new AtomicReference<>();
        Awaitility.await("pending approval for " + recommendationId).atMost(PATIENCE).until(() -> {
            for (JsonNode approval : VIEWER.get(get().risk().baseUrl() + "/approvals?status=PENDING").body()) {
                if (recommendationId.equals(approval.path("recommendationId").asText())) {
                    id.set(approval.path("id").asText());
                    return true;
                }
            }
            return false;
        });
        return id.get();
    }

    static void approve(String approvalId) {
        APPROVER.post(get().risk().baseUrl() + "/approvals/" + approvalId + "/approve",
                "{\"comment\": \"approved by the end-to-end test\"}").expect(200);
    }

    /** The simulator's orders for a symbol (all statuses, legs nested). */
    static List<JsonNode> brokerOrders(String symbol) {
        List<JsonNode> orders = new ArrayList<>();
        get().simulatorApi().get(get().simulator().baseUrl() + "/v2/orders?status=all&nested=true&limit=500&symbols="
                + symbol).expect(200).body().forEach(orders::add);
        return orders;
    }

    /** The simulator's position in a symbol, or a missing node when flat. */
    static JsonNode brokerPosition(String symbol) {
        JsonHttp.Reply reply = get().simulatorApi().get(get().simulator().baseUrl() + "/v2/positions/" + symbol);
        return reply.status() == 200 ? reply.body() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Every order request the simulator received (POST /v2/orders), in arrival order. */
    static List<JsonNode> orderRequests() {
        List<JsonNode> requests = new ArrayList<>();
        JsonHttp.anonymous().get(get().simulator().baseUrl() + "/admin/order-requests").expect(200).body()
                .forEach(requests::add);
        return requests;
    }

    /** An approved bracket buy as risk-service would publish it, for scenarios that start at execution-service. */
    static ApprovedOrder approvedBuy(String symbol, String limit, String stop, String target, Instant expiresAt) {
        return new ApprovedOrder(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, LocalPipeline.ACCOUNT,
                LocalPipeline.STRATEGY, Instant.now(), UUID.randomUUID().toString(), UUID.randomUUID(), symbol,
                Side.BUY, BigDecimal.ONE, OrderType.LIMIT, OrderClass.BRACKET, TimeInForce.DAY, new BigDecimal(limit),
                new BigDecimal(stop), new BigDecimal(target), false, expiresAt, "e2e-test");
    }

    static void publish(ApprovedOrder order) {
        TestKafka.send(Topics.APPROVED_ORDERS, order.accountId(), EventJson.toJson(order));
    }

    /** execution-service's client order id for an approved order (what the simulator's request log shows). */
    static String clientOrderId(ApprovedOrder order) {
        return "tg-" + order.orderId().toString().replace("-", "");
    }
}

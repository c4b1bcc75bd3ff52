package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.model.event.ApprovedOrder;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * Scenario 4: the scale-to-zero kill switch ({@code kubectl scale deploy/execution-service --replicas=0}). Approvals
 * keep coming while no executor runs and expire; when it comes back it must not place a single stale one, and it
 * still places what is fresh.
 */
@Order(3)
@ExtendWith(Pipeline.Extension.class)
class ScaleToZeroKillSwitchIT {
    private static final String SYMBOL = "FAST";

    @Test
    void approvalsThatExpireWhileExecutionIsScaledToZeroAreNeverPlacedOnScaleUp() {
        LocalPipeline pipeline = Pipeline.get();
        pipeline.setPrice(SYMBOL, "50.00");
        pipeline.execution().stop();

        Instant expiresAt = Instant.now().plus(Duration.ofSeconds(3));
        List<ApprovedOrder> stale = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApprovedOrder order = Pipeline.approvedBuy(SYMBOL, "50.00", "45.00", "60.00", expiresAt);
            stale.add(order);
            Pipeline.publish(order);
        }
        Awaitility.await("the approvals expire while nothing executes").atMost(Duration.ofSeconds(10))
                .until(() -> Instant.now().isAfter(expiresAt));
        ApprovedOrder fresh = Pipeline.approvedBuy(SYMBOL, "50.00", "45.00", "60.00",
                Instant.now().plus(Duration.ofMinutes(30)));
        Pipeline.publish(fresh);

        pipeline.execution().start();
        pipeline.execution().awaitReady(Duration.ofMinutes(3));
        Awaitility.await("the fresh approval placed after scale-up").atMost(Pipeline.PATIENCE)
                .until(() -> Pipeline.orderRequests().stream().anyMatch(r -> Pipeline.clientOrderId(fresh)
                        .equals(r.path("client_order_id").asText())));

        Set<String> staleIds = stale.stream().map(Pipeline::clientOrderId).collect(Collectors.toSet());
        assertThat(Pipeline.orderRequests()).noneMatch(r -> staleIds.contains(r.path("client_order_id").asText()));
        for (ApprovedOrder order : stale) {
            JsonNode entry = Pipeline.ADMIN.get(pipeline.execution().baseUrl() + "/orders/" + order.orderId())
                    .expect(200).body().path("order");
            assertThat(entry.path("state").asText()).as(entry.toString()).isEqualTo("REFUSED");
            assertThat(entry.path("reason").asText()).as(entry.toString()).contains("APPROVAL_EXPIRED");
        }
    }
}

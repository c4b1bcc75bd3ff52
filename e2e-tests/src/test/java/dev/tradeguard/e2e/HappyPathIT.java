package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.model.Topics;
import dev.tradeguard.testing.TestKafka;
import dev.tradeguard.testing.pipeline.FakeWebhook;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * Scenario 1: a recommendation over REST → a person approves it with an approver token → a bracket order at the
 * broker → the fill → the account's positions → monitor-service's position watch → an alert at the Slack webhook.
 */
@Order(1)
@ExtendWith(Pipeline.Extension.class)
class HappyPathIT {
    private static final String SYMBOL = "HAPY";

    @Test
    void approvedRecommendationIsFilledAsABracketWatchedByMonitorAndAlertedAtTheWebhook() {
        LocalPipeline pipeline = Pipeline.get();
        pipeline.setPrice(SYMBOL, "100.00");
        String recommendationId = Pipeline.recommendBuy(SYMBOL, 10, "100.00", "90.00", "150.00");

        JsonNode decision = Pipeline.awaitDecision(recommendationId);
        assertThat(decision.path("outcome").asText()).as("decision %s", decision).isEqualTo("PENDING_APPROVAL");
        String approvalId = Pipeline.awaitPendingApproval(recommendationId);
        Pipeline.VIEWER.post(pipeline.risk().baseUrl() + "/approvals/" + approvalId + "/approve", "{}").expect(403);
        Pipeline.approve(approvalId);

        Awaitility.await("a filled bracket order for " + SYMBOL + " at the broker").atMost(Pipeline.PATIENCE)
                .until(() -> Pipeline.brokerOrders(SYMBOL).stream().anyMatch(o -> "filled".equals(o.path("status")
                        .asText())));
        JsonNode entry = Pipeline.brokerOrders(SYMBOL).get(0);
        assertThat(entry.path("order_class").asText()).isEqualTo("bracket");
        assertThat(entry.path("side").asText()).isEqualTo("buy");
        assertThat(entry.path("client_order_id").asText()).startsWith("tg-");
        List<String> legs = entry.path("legs").findValuesAsText("type");
        assertThat(legs).containsExactlyInAnyOrder("limit", "stop");
        assertThat(entry.path("legs").findValuesAsText("stop_price")).contains("90");
        String filledQuantity = entry.path("filled_qty").asText();
        assertThat(Pipeline.brokerPosition(SYMBOL).path("qty").asText()).isEqualTo(filledQuantity);

        TestKafka.await(Topics.POSITIONS, 1, r -> r.value().contains("\"" + SYMBOL + "\"")
                && r.value().contains(LocalPipeline.ACCOUNT), Pipeline.PATIENCE);

        // Up 25 %: past monitor-service's 20 % profit target, short of the bracket's take-profit at 150.
        pipeline.setPrice(SYMBOL, "125.00");
        Awaitility.await("PROFIT_TARGET for " + SYMBOL + " at the Slack webhook").atMost(Pipeline.PATIENCE)
                .until(() -> !slackMessagesAbout("Profit target", pipeline.webhook()).isEmpty());
        assertThat(slackMessagesAbout("Profit target", pipeline.webhook())).hasSize(1);
    }

    private static List<FakeWebhook.Received> slackMessagesAbout(String text, FakeWebhook webhook) {
        return webhook.received().stream().filter(r -> r.path().startsWith("/slack"))
                .filter(r -> r.body().contains(text) && r.body().contains(SYMBOL)).toList();
    }
}

package dev.tradeguard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradeguard.model.Topics;
import dev.tradeguard.testing.TestKafka;
import dev.tradeguard.testing.pipeline.LocalPipeline;

/**
 * Scenario 2: one market-data tick takes the account through its daily loss limit → execution-service values the
 * position on that tick and publishes the change → risk-service HALTS on it, naming the mark, with no account snapshot
 * published in between → the open orders are cancelled at the broker → new ideas are denied → only a risk officer can
 * resume.
 */
@Order(4)
@ExtendWith(Pipeline.Extension.class)
class DailyLossKillSwitchIT {
    private static final String SYMBOL = "LOSS";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void dailyLossBreachHaltsOnTheTickThatCausesItWithoutASnapshotCancelsOpenOrdersDeniesNewIdeasUntilARiskOfficerResumes()
            throws Exception {
        LocalPipeline pipeline = Pipeline.get();
        pipeline.setPrice(SYMBOL, "100.00");
        pipeline.setPrice("IDLE", "30.00");
        String account = LocalPipeline.ACCOUNT;
        String entryId = Pipeline.recommendBuy(SYMBOL, 250, "100.00", "80.00", "150.00");
        Pipeline.approve(Pipeline.awaitPendingApproval(entryId));
        Awaitility.await("the " + SYMBOL + " entry filled, its stop and target working").atMost(Pipeline.PATIENCE)
                .until(() -> Pipeline.brokerOrders(SYMBOL).stream().anyMatch(o -> "filled".equals(
                        o.path("status").asText()) && o.path("legs").findValuesAsText("status").contains("new")));
        BigDecimal quantity = new BigDecimal(Pipeline.brokerPosition(SYMBOL).path("qty").asText());
        JsonNode before = pipeline.simulatorApi().get(pipeline.simulator().baseUrl() + "/v2/account").body();
        BigDecimal lastEquity = new BigDecimal(before.path("last_equity").asText());

        // A fall that loses 3 % of the last close's equity on this position (the limit is 2 %), above its stop.
        BigDecimal fall = lastEquity.multiply(new BigDecimal("0.03")).divide(quantity, 2, RoundingMode.UP);
        BigDecimal crashed = new BigDecimal("100.00").subtract(fall);
        assertThat(crashed).as("the fall must stay above the 80.00 stop").isGreaterThan(new BigDecimal("80.00"));
        long tickAt = System.currentTimeMillis();
        pipeline.setPrice(SYMBOL, crashed.toPlainString());

        Awaitility.await("risk-service HALTED " + account).atMost(Pipeline.PATIENCE).until(() -> "HALTED".equals(
                Pipeline.VIEWER.get(pipeline.risk().baseUrl() + "/trading-state/" + account).body().path("state")
                        .asText()));
        JsonNode halted = Pipeline.VIEWER.get(pipeline.risk().baseUrl() + "/trading-state/" + account).body();
        // Every positions event of the account since the tick, up to the change that values it at the crashed price
        // (one partition per account, so nothing published before that change comes after it).
        List<JsonNode> sinceTick = new ArrayList<>();
        TestKafka.await(Topics.POSITIONS, 1, r -> {
            JsonNode event = readOrNull(r.value());
            if (event == null || !account.equals(r.key()) || r.timestamp() < tickAt - 5
                    || breachSeen(sinceTick, crashed)) {
                // records after the breaching change (the same poll can hand them over) are not "before" it
                return false;
            }
            sinceTick.add(event);
            return breachSeen(sinceTick, crashed);
        }, Pipeline.PATIENCE);
        JsonNode breach = sinceTick.get(sinceTick.size() - 1);
        assertThat(breach.path("cause").asText()).as("valued on the market-data tick").isEqualTo("TICK");
        // A snapshot taken just before the tick reached execution-service may be published after it, still at the old
        // price; what must not happen is a snapshot that already carries the breaching price ahead of the change.
        assertThat(sinceTick).as("no account snapshot valuing " + SYMBOL + " at the crashed price before the change")
                .noneMatch(e -> "ACCOUNT_SNAPSHOT".equals(e.path("kind").asText()) && valuesAtCrashedPrice(e, crashed));
        BigDecimal breachEquity = new BigDecimal(breach.path("equity").asText());
        assertThat(breachEquity).as("the change's equity is past the 2 % limit")
                .isLessThanOrEqualTo(lastEquity.multiply(new BigDecimal("0.98")));
        assertThat(halted.path("reason").asText()).as("the halt names the mark that caused it")
                .contains("daily loss limit").contains("equity " + dollars(breachEquity))
                .contains("on mark " + SYMBOL + " " + crashed.toPlainString());

        Awaitility.await("the open " + SYMBOL + " orders cancelled at the broker").atMost(Pipeline.PATIENCE)
                .until(() -> openLegs().isEmpty());
        assertThat(Pipeline.brokerOrders(SYMBOL).get(0).path("legs").findValuesAsText("status"))
                .containsOnly("canceled");

        JsonNode denied = Pipeline.awaitDecision(Pipeline.recommendBuy("IDLE", 5, "30.00", "27.00", "40.00"));
        assertThat(denied.path("outcome").asText()).isEqualTo("DENIED");
        assertThat(denied.path("reasonCode").asText()).isEqualTo("TRADING_HALTED");

        // The market recovers; resuming is a risk officer's act, not an approver's.
        long recoveryAt = System.currentTimeMillis();
        pipeline.setPrice(SYMBOL, "100.00");
        TestKafka.await(Topics.POSITIONS, 1, r -> {
            JsonNode event = readOrNull(r.value());
            return event != null && r.timestamp() >= recoveryAt - 5
                    && "POSITION_CHANGED".equals(event.path("kind").asText())
                    && SYMBOL.equals(event.path("symbol").asText())
                    && new BigDecimal(event.path("currentPrice").asText("0")).compareTo(new BigDecimal("100")) == 0;
        }, Pipeline.PATIENCE);
        Awaitility.await("risk-service sees the recovered equity").atMost(Pipeline.PATIENCE).until(() -> new BigDecimal(
                Pipeline.VIEWER.get(pipeline.risk().baseUrl() + "/accounts/" + account).body().path("equity").asText("0"))
                .compareTo(lastEquity.multiply(new BigDecimal("0.99"))) > 0);
        String resume = "{\"reason\": \"loss reviewed, price recovered\"}";
        Pipeline.APPROVER.post(pipeline.risk().baseUrl() + "/trading-state/" + account + "/resume", resume).expect(403);
        Pipeline.RISK_OFFICER.post(pipeline.risk().baseUrl() + "/trading-state/" + account + "/resume", resume)
                .expect(200);
        Awaitility.await("execution-service ACTIVE again").atMost(Pipeline.PATIENCE).until(() -> "ACTIVE".equals(
                Pipeline.VIEWER.get(pipeline.execution().baseUrl() + "/trading-state/" + account).body().path("state")
                        .asText()));
        // (one idea per symbol and day: the denied IDLE idea stays denied, a new one for another symbol goes through)
        pipeline.setPrice("SPY", "500.00");
        JsonNode afterResume = Pipeline.awaitDecision(Pipeline.recommendBuy("SPY", 2, "500.00", "450.00", "600.00"));
        assertThat(afterResume.path("outcome").asText()).isEqualTo("PENDING_APPROVAL");
    }

    private static List<String> openLegs() {
        return Pipeline.brokerOrders(SYMBOL).get(0).path("legs").findValuesAsText("status").stream()
                .filter(status -> !status.equals("canceled") && !status.equals("filled")).toList();
    }

    private static JsonNode readOrNull(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }

    /** risk-service's way of writing an amount in a reason (Money.dollars). */
    private static String dollars(BigDecimal amount) {
        return new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US))
                .format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static boolean valuesAtCrashedPrice(JsonNode snapshot, BigDecimal crashed) {
        for (JsonNode position : snapshot.path("positions")) {
            if (SYMBOL.equals(position.path("symbol").asText())
                    && new BigDecimal(position.path("currentPrice").asText("0")).compareTo(crashed) == 0) {
                return true;
            }
        }
        return false;
    }

    /** True once the last recorded event is the POSITION_CHANGED valuing the position at the crashed price. */
    private static boolean breachSeen(List<JsonNode> sinceTick, BigDecimal crashed) {
        if (sinceTick.isEmpty()) {
            return false;
        }
        JsonNode last = sinceTick.get(sinceTick.size() - 1);
        return "POSITION_CHANGED".equals(last.path("kind").asText()) && SYMBOL.equals(last.path("symbol").asText())
                && new BigDecimal(last.path("currentPrice").asText("0")).compareTo(crashed) == 0;
    }
}

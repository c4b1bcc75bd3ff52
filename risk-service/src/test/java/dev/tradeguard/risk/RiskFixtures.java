package dev.tradeguard.risk;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.testing.TestKafka;

/** Events as execution-service and recommendation-service would send them, and waits for risk-service's answer. */
public final class RiskFixtures {
    private RiskFixtures() {
    }

    /** A snapshot taken now, market open, with the given equity against a previous close. */
    public static AccountSnapshot snapshot(String account, String equity, String lastEquity, String cash,
            PositionSnapshot... positions) {
        Instant now = Instant.now();
        return new AccountSnapshot(UUID.randomUUID(), 1, account, null, now, null, new BigDecimal(equity),
                new BigDecimal(lastEquity), new BigDecimal(cash), new BigDecimal(equity).multiply(BigDecimal.valueOf(2)),
                List.of(positions), new MarketClock(true, now.plusSeconds(86400), now.plusSeconds(3600), now));
    }

    public static Recommendation recommendation(String account, String strategy, String symbol, Side side,
            String limitPrice) {
        Instant now = Instant.now();
        return new Recommendation(UUID.randomUUID(), 1, account, strategy, now, "rec-" + UUID.randomUUID(), symbol,
                side, null, new BigDecimal(limitPrice), null, null, new BigDecimal("0.9"), "test", "a test idea", null,
                null, now.plusSeconds(6 * 3600));
    }

    public static void send(AccountSnapshot snapshot) {
        TestKafka.send(Topics.POSITIONS, snapshot.accountId(), EventJson.toJson(snapshot));
    }

    /** Sends the recommendation and waits until risk-service has decided it. */
    public static Decision decide(DecisionRepository decisions, Recommendation rec) {
        TestKafka.send(Topics.RECOMMENDATIONS, rec.accountId(), EventJson.toJson(rec));
        await().atMost(Duration.ofSeconds(30)).until(() -> decisions.find(rec.recommendationId()).isPresent());
        return decisions.find(rec.recommendationId()).orElseThrow();
    }

    /** The approved orders for a recommendation on the approved-orders topic (waits for at least {@code count}). */
    public static List<ConsumerRecord<String, String>> approvedOrders(String recommendationId, int count) {
        return TestKafka.await(Topics.APPROVED_ORDERS, count, r -> r.value().contains("\"" + recommendationId + "\""));
    }
}

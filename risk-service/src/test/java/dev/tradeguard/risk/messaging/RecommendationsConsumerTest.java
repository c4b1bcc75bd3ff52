package dev.tradeguard.risk.messaging;

import static dev.tradeguard.risk.RiskFixtures.approvedOrders;
import static dev.tradeguard.risk.RiskFixtures.decide;
import static dev.tradeguard.risk.RiskFixtures.read;
import static dev.tradeguard.risk.RiskFixtures.recommendation;
import static dev.tradeguard.risk.RiskFixtures.sendAndAwaitApplied;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradeguard.model.DeadLetterHeaders;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.testing.DeadLetterContract;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecommendationsConsumerTest extends DeadLetterContract {
    static final String ACCOUNT = "ACC-AUTO";
    static final String STRATEGY = "TEST-AUTO";

    @Inject
    DecisionRepository decisions;

    @Inject
    AccountStateRepository accounts;

    @Test
    void theSameRecommendationDeliveredTwiceGetsOneDecisionAndOneOrder() {
        var snapshot = snapshot(ACCOUNT, "100000", "100000", "60000");
        sendAndAwaitApplied(accounts, snapshot);

        Recommendation rec = recommendation(ACCOUNT, STRATEGY, "ABBV", Side.BUY, "170.00");
        TestKafka.send(Topics.RECOMMENDATIONS, ACCOUNT, EventJson.toJson(rec));
        assertEquals(DecisionOutcome.APPROVED, decide(decisions, rec).outcome());
        // the marker comes after the duplicate on the same partition: once it is decided, so is the duplicate
        Recommendation marker = recommendation(ACCOUNT, STRATEGY, "MRK", Side.BUY, "100.00");
        assertEquals(DecisionOutcome.APPROVED, decide(decisions, marker).outcome());
        approvedOrders(marker.recommendationId(), 1);
        assertEquals(1, approvedOrders(rec.recommendationId(), 1).size(), "one approved order, not two");
    }

    /** Issue 23, finding 2: a forged record of 10^20 shares on the topic was auto-approved under FULL_AUTO. */
    @Test
    void aForgedRecommendationOf10To20SharesIsDeadLetteredAndNeverDecided() {
        Recommendation forged = withQuantity(recommendation(ACCOUNT, STRATEGY, "ABBV", Side.BUY, "170.00"),
                "100000000000000000000");
        TestKafka.send(Topics.RECOMMENDATIONS, ACCOUNT, EventJson.toJson(forged)
                .replace("\"quantity\":100000000000000000000", "\"quantity\":1e20"));
        Recommendation marker = withQuantity(recommendation(ACCOUNT, STRATEGY, "MRK", Side.BUY, "100.00"), "20000");
        assertEquals(DecisionOutcome.DENIED, decide(decisions, marker).outcome());

        ConsumerRecord<String, String> dead = TestKafka.await(Topics.dlq(Topics.RECOMMENDATIONS), 1,
                record -> record.value().contains(forged.recommendationId())).get(0);
        String reason = TestKafka.header(dead, DeadLetterHeaders.REASON);
        assertTrue(reason.contains("quantity: must be greater than 0 and at most 1000000000 (shares, at most 9"
                + " decimals), got 100000000000000000000"), reason);
        assertTrue(read(() -> decisions.find(forged.recommendationId())).isEmpty(), "no decision, so no order");
    }

    @Test
    void aQuantityAboveTheMaximumSharesPerOrderIsDeniedAsAskedNotResized() {
        Recommendation fatFinger = withQuantity(recommendation(ACCOUNT, STRATEGY, "PFE", Side.BUY, "25.00"),
                "1000000");
        Decision decision = decide(decisions, fatFinger);
        assertEquals(DecisionOutcome.DENIED, decision.outcome());
        assertEquals(DenialReason.QUANTITY_EXCEEDS_MAX_SHARES_PER_ORDER, decision.reasonCode());
        assertEquals("max=10000, got=1000000", decision.reasonMessage());
    }

    static Recommendation withQuantity(Recommendation r, String quantity) {
        return new Recommendation(r.eventId(), r.schemaVersion(), r.accountId(), r.strategy(), r.occurredAt(),
                r.correlationId(), r.symbol(), r.side(), new BigDecimal(quantity), r.limitPrice(), r.stopLoss(),
                r.takeProfit(), r.confidence(), r.source(), r.rationale(), r.catalyst(), r.catalystDate(),
                r.validUntil());
    }

    @Override
    protected String inputTopic() {
        return Topics.RECOMMENDATIONS;
    }

    @Override
    protected String validRecord(String accountId) {
        return EventJson.toJson(recommendation(accountId, "DEE-BOT", "JNJ", Side.BUY, "155.50"));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return EventJson.toJson(recommendation(accountId, "DEE-BOT", "JNJ", Side.BUY, "155.50"))
                .replace("\"quantity\":null", "\"quantity\":-10");
    }

    @Override
    protected String fieldNamedInReason() {
        return "quantity";
    }

    @Override
    protected boolean processed(String accountId) {
        return !read(() -> decisions.recent(accountId, 1)).isEmpty();
    }
}

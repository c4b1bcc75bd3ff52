package dev.tradeguard.monitor.messaging;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.json;
import static dev.tradeguard.monitor.MonitorFixtures.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.monitor.service.PerformanceService;
import dev.tradeguard.testing.DeadLetterContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RecommendationsConsumerTest extends DeadLetterContract {
    private static final Instant AT = Instant.parse("2026-02-17T14:00:00Z");

    @Inject
    PerformanceService performance;

    @Override
    protected String inputTopic() {
        return Topics.RECOMMENDATIONS;
    }

    @Override
    protected String validRecord(String accountId) {
        return json(recommendation(accountId, "rec-" + accountId, "JNJ", Side.BUY, "155", "150", "170", AT));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return json(recommendation(accountId, "bad-" + accountId, "JNJ", Side.BUY, "155", "-150", "170", AT));
    }

    @Override
    protected String fieldNamedInReason() {
        return "stopLoss";
    }

    @Override
    protected boolean processed(String accountId) {
        LocalDate day = LocalDate.of(2026, 2, 17);
        return !committed(() -> performance.outcomes(performance.account(accountId, null), day, day)).isEmpty();
    }
}

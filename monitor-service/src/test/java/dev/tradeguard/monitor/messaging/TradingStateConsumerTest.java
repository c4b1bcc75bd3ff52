package dev.tradeguard.monitor.messaging;

import static dev.tradeguard.monitor.MonitorFixtures.committed;
import static dev.tradeguard.monitor.MonitorFixtures.halted;
import static dev.tradeguard.monitor.MonitorFixtures.json;

import java.time.Instant;

import jakarta.inject.Inject;

import dev.tradeguard.model.Topics;
import dev.tradeguard.monitor.repository.TradingStateRepository;
import dev.tradeguard.testing.DeadLetterContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TradingStateConsumerTest extends DeadLetterContract {
    @Inject
    TradingStateRepository states;

    @Override
    protected String inputTopic() {
        return Topics.TRADING_STATE;
    }

    @Override
    protected String validRecord(String accountId) {
        return json(halted(accountId, Instant.parse("2026-02-17T15:00:00Z")));
    }

    @Override
    protected String schemaInvalidRecord(String accountId) {
        return validRecord(accountId).replace("\"reason\":\"kill switch drill\",", "");
    }

    @Override
    protected String fieldNamedInReason() {
        return "reason";
    }

    @Override
    protected boolean processed(String accountId) {
        return committed(() -> states.lastHalted(accountId)).isPresent();
    }
}

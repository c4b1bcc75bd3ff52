package dev.tradeguard.execution;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.execution.service.TradingStateService;
import dev.tradeguard.model.TradingState;

/**
 * The start of most @QuarkusTests: a fresh simulator (no orders, the default account) and the test account ACTIVE.
 * JUnit runs this before the subclass's own {@code @BeforeEach}.
 */
public abstract class FreshBrokerTestBase {
    @Inject
    protected OrderLedgerRepository ledger;

    @Inject
    protected TradingStateService tradingStates;

    @Inject
    protected Broker broker;

    @BeforeEach
    void freshBrokerAndActiveAccount() {
        BrokerSimulator.reset();
        ExecutionFixtures.tradingState(tradingStates, TradingState.ACTIVE, "armed for " + UUID.randomUUID());
    }
}

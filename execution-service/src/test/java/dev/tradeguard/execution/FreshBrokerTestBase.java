package dev.tradeguard.execution;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.execution.service.TradingStateService;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.ApprovedOrder;

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

    /**
     * Sends {@link ExecutionFixtures#spyBuy} (limit 500.00) with SPY last traded at {@code spyLastTrade} and waits
     * until the ledger has it in {@code state}: at 501.00 it rests (SUBMITTED), at 500.00 it fills (FILLED).
     */
    protected ApprovedOrder sendSpyBuy(int quantity, String spyLastTrade, String state) {
        BrokerSimulator.setPrice("SPY", spyLastTrade);
        ApprovedOrder order = ExecutionFixtures.spyBuy(quantity);
        ExecutionFixtures.send(order);
        ExecutionFixtures.awaitLedger(ledger, order.orderId(), state);
        return order;
    }
}

package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.clientOrderId;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static dev.tradeguard.execution.ExecutionFixtures.spyBuy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.FreshBrokerTestBase;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KillSwitchTest extends FreshBrokerTestBase {
    @AfterEach
    void rearm() {
        ExecutionFixtures.tradingState(tradingStates, TradingState.ACTIVE, "re-armed after " + UUID.randomUUID());
    }

    @Test
    void aHaltCancelsEveryOpenOrderAndRefusesNewOnes() throws Exception {
        ApprovedOrder resting = sendSpyBuy(5, "501.00", "SUBMITTED");
        assertTrue(broker.openOrders().stream().anyMatch(o -> o.clientOrderId().equals(clientOrderId(resting))));

        String reason = "daily loss -2.3% " + UUID.randomUUID();
        ExecutionFixtures.tradingState(tradingStates, TradingState.HALTED, reason);

        await().atMost(Duration.ofSeconds(30)).until(() -> broker.openOrders().isEmpty());
        awaitLedger(ledger, resting.orderId(), "CANCELED");
        Alert outcome = awaitAlerts(reason, 1).stream().filter(a -> a.subject().startsWith("Kill switch executed"))
                .findFirst().orElseThrow();
        assertTrue(outcome.message().contains("1 order(s) cancelled; open orders now 0"), outcome.message());

        ApprovedOrder afterHalt = spyBuy(1);
        send(afterHalt);
        LedgerEntry refused = awaitLedger(ledger, afterHalt.orderId(), "REFUSED");
        assertTrue(refused.reason().startsWith("refused: TRADING_HALTED: trading is HALTED on PA-TEST (" + reason),
                refused.reason());
        assertEquals(0, BrokerSimulator.orderRequests(clientOrderId(afterHalt)));
    }

    @Test
    void aHaltThatAsksForItClosesEveryPositionAndLeavesTheAccountFlat() throws Exception {
        sendSpyBuy(8, "500.00", "FILLED");
        assertEquals(1, broker.positions().size());

        String reason = "drawdown 11% #flatten " + UUID.randomUUID();
        ExecutionFixtures.tradingState(tradingStates, TradingState.HALTED, reason);

        await().atMost(Duration.ofSeconds(30)).until(() -> broker.positions().isEmpty()
                && broker.openOrders().isEmpty());
        Alert outcome = awaitAlerts(reason, 1).stream().filter(a -> a.subject().contains("account flat"))
                .findFirst().orElseThrow();
        assertTrue(outcome.message().contains("1 position(s) closed"), outcome.message());
        assertTrue(outcome.message().contains("positions now 0"), outcome.message());
    }
}

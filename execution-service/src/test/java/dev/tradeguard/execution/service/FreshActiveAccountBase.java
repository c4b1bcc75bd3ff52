package dev.tradeguard.execution.service;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.execution.domain.Broker;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import dev.tradeguard.model.TradingState;

/**
 * The start of every test of the streamed book (issue 15): a fresh simulator account, the book reseeded from it, and
 * the account ACTIVE, so what a test sees on {@code positions} and in the guard follows from its own orders and ticks
 * only. JUnit runs this before the subclass's own {@code @BeforeEach}.
 */
abstract class FreshActiveAccountBase {
    @Inject
    OrderLedgerRepository ledger;

    @Inject
    TradingStateService tradingStates;

    @Inject
    SnapshotService snapshots;

    @Inject
    Broker broker;

    @BeforeEach
    void freshActiveAccount() throws Exception {
        ExecutionFixtures.freshAccount(snapshots);
        ExecutionFixtures.tradingState(tradingStates, TradingState.ACTIVE, "armed for " + UUID.randomUUID());
    }

    /** For tests that need ticks: a previous test may have dropped the market-data stream. */
    void awaitMarketDataSubscribed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> broker.marketDataState() == Broker.StreamState.SUBSCRIBED);
    }
}

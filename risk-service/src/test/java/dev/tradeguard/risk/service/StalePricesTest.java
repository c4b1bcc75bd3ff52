package dev.tradeguard.risk.service;

import static dev.tradeguard.risk.RiskFixtures.decide;
import static dev.tradeguard.risk.RiskFixtures.marketData;
import static dev.tradeguard.risk.RiskFixtures.read;
import static dev.tradeguard.risk.RiskFixtures.recommendation;
import static dev.tradeguard.risk.RiskFixtures.send;
import static dev.tradeguard.risk.RiskFixtures.snapshot;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.TradingState;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.domain.DecisionOutcome;
import dev.tradeguard.risk.domain.DenialReason;
import dev.tradeguard.risk.domain.PriceFreshness;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.DecisionRepository;
import io.quarkus.test.junit.QuarkusTest;

/** Fail closed on silent market data: no new exposure while prices are stale; exits always pass. */
@QuarkusTest
class StalePricesTest {
    static final String ACCOUNT = "ACC-STALE";
    static final String STRATEGY = "TEST-STALE";
    static final String SILENT = "market data for JNJ silent since 2026-12-02T15:30:50Z (window 10s)";

    @Inject
    DecisionRepository decisions;

    @Inject
    AccountStateRepository accounts;

    @Inject
    AccountStateService accountStates;

    @Inject
    TradingStateService tradingStates;

    boolean reported(boolean fresh) {
        return read(() -> accounts.priceFreshness(ACCOUNT)).map(p -> p.fresh() == fresh).orElse(false);
    }

    @Test
    void whilePricesAreStaleNewEntriesAreDeniedNamingTheReasonExitsPassAndFreshPricesResumeApprovals() {
        send(snapshot(ACCOUNT, "100000", "100000", "60000", new PositionSnapshot("JNJ", new BigDecimal("10"),
                new BigDecimal("150.00"), new BigDecimal("150.00"), null, null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(ACCOUNT).isPresent());
        assertEquals(TradingState.ACTIVE, tradingStates.current(ACCOUNT).orElseThrow().state());

        send(marketData(ACCOUNT, false, SILENT, "JNJ"));
        await().atMost(Duration.ofSeconds(30)).until(() -> reported(false));
        Decision entry = decide(decisions, recommendation(ACCOUNT, STRATEGY, "PG", Side.BUY, "150.00"));
        assertEquals(DecisionOutcome.DENIED, entry.outcome());
        assertEquals(DenialReason.PRICES_STALE, entry.reasonCode());
        assertTrue(entry.reasonMessage().startsWith(SILENT), entry.reasonMessage());
        Decision grow = decide(decisions, recommendation(ACCOUNT, STRATEGY, "JNJ", Side.BUY, "150.00"));
        assertEquals(DenialReason.PRICES_STALE, grow.reasonCode(), "growing a held position is new exposure too");

        Decision exit = decide(decisions, recommendation(ACCOUNT, STRATEGY, "JNJ", Side.SELL, "149.00"));
        assertEquals(DecisionOutcome.APPROVED, exit.outcome(), exit.reasonCode() + ": " + exit.reasonMessage());

        Instant staleSince = read(() -> accounts.priceFreshness(ACCOUNT)).map(PriceFreshness::since).orElseThrow();
        send(marketData(ACCOUNT, false, SILENT + ", still", "JNJ"));
        send(marketData(ACCOUNT, true, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> reported(true));
        assertTrue(read(() -> accounts.priceFreshness(ACCOUNT)).orElseThrow().since().isAfter(staleSince),
                "since moves when freshness flips");
        Decision again = decide(decisions, recommendation(ACCOUNT, STRATEGY, "KO", Side.BUY, "60.00"));
        assertEquals(DecisionOutcome.APPROVED, again.outcome(), again.reasonCode() + ": " + again.reasonMessage());
    }

    @Test
    void aMarketDataStatusCountsAsHearingFromExecutionServiceButMovesNoAccountValues() {
        String account = "ACC-STALE-HEARD";
        send(snapshot(account, "100000", "100000", "60000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> accountStates.find(account).isPresent());
        Instant snapshotAt = accountStates.find(account).orElseThrow().snapshotAt();
        send(marketData(account, true, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> accountStates.find(account).orElseThrow().heardAt().isAfter(snapshotAt));
        assertEquals(snapshotAt, accountStates.find(account).orElseThrow().snapshotAt());
    }
}

package dev.tradeguard.risk;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.tradeguard.model.Side;
import dev.tradeguard.model.Topics;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.AccountSnapshot.MarketClock;
import dev.tradeguard.model.event.AccountSnapshot.PositionSnapshot;
import dev.tradeguard.model.event.MarketDataStatus;
import dev.tradeguard.model.event.PositionChanged;
import dev.tradeguard.model.event.PositionChanged.PositionChangeCause;
import dev.tradeguard.model.event.PositionsEvent;
import dev.tradeguard.model.event.TradingEvent;
import dev.tradeguard.model.event.Recommendation;
import dev.tradeguard.model.serde.EventJson;
import dev.tradeguard.risk.domain.Decision;
import dev.tradeguard.risk.repository.AccountStateRepository;
import dev.tradeguard.risk.repository.DecisionRepository;
import dev.tradeguard.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Events as execution-service and recommendation-service would send them, and waits for risk-service's answer. */
public final class RiskFixtures {
    private RiskFixtures() {
    }

    /** A snapshot taken now, market open, with the given equity against a previous close. */
    public static AccountSnapshot snapshot(String account, String equity, String lastEquity, String cash,
            PositionSnapshot... positions) {
        return snapshot(Instant.now(), account, equity, lastEquity, cash, positions);
    }

    /** The same, taken at {@code now} (a test whose service clock is not the wall clock). */
    public static AccountSnapshot snapshot(Instant now, String account, String equity, String lastEquity, String cash,
            PositionSnapshot... positions) {
        return new AccountSnapshot(UUID.randomUUID(), 1, account, null, now, null, new BigDecimal(equity),
                new BigDecimal(lastEquity), new BigDecimal(cash), new BigDecimal(equity).multiply(BigDecimal.valueOf(2)),
                List.of(positions), new MarketClock(true, now.plusSeconds(86400), now.plusSeconds(3600), now));
    }

    public static Recommendation recommendation(String account, String strategy, String symbol, Side side,
            String limitPrice) {
        return recommendation(Instant.now(), account, strategy, symbol, side, limitPrice);
    }

    /** The same, made at {@code now} and valid for six hours after it. */
    public static Recommendation recommendation(Instant now, String account, String strategy, String symbol, Side side,
            String limitPrice) {
        return new Recommendation(UUID.randomUUID(), 1, account, strategy, now, "rec-" + UUID.randomUUID(), symbol,
                side, null, new BigDecimal(limitPrice), null, null, new BigDecimal("0.9"), "test", "a test idea", null,
                null, now.plusSeconds(6 * 3600));
    }

    /**
     * One position moved, as execution-service publishes it on a tick or a fill, with the account after it (cash
     * $50,000, buying power twice the equity, market open). Quantity 0 closes the position.
     */
    public static PositionChanged change(String account, PositionChangeCause cause, String symbol, String quantity,
            String price, Instant priceAt, String equity, String lastEquity, int openPositions) {
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal px = new BigDecimal(price);
        boolean closed = qty.signum() == 0;
        BigDecimal avg = closed ? null : new BigDecimal("150.00");
        BigDecimal value = qty.multiply(px);
        BigDecimal cost = closed ? BigDecimal.ZERO : qty.multiply(avg);
        return new PositionChanged(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, account, null,
                Instant.now(), null, cause, symbol, qty, avg, px, priceAt, value, cost, value.subtract(cost),
                closed ? BigDecimal.ZERO : value.subtract(cost).divide(cost, 6, RoundingMode.HALF_EVEN),
                new BigDecimal(equity), new BigDecimal(lastEquity), new BigDecimal("50000.00"),
                new BigDecimal(equity).multiply(BigDecimal.valueOf(2)), openPositions, true);
    }

    /** The same change as if published at {@code occurredAt} (e.g. one that arrives late). */
    public static PositionChanged publishedAt(PositionChanged c, Instant occurredAt) {
        return new PositionChanged(c.eventId(), c.schemaVersion(), c.accountId(), c.strategy(), occurredAt,
                c.correlationId(), c.cause(), c.symbol(), c.quantity(), c.avgEntryPrice(), c.currentPrice(),
                c.priceAt(), c.marketValue(), c.costBasis(), c.unrealizedPl(), c.unrealizedPlPct(), c.equity(),
                c.lastEquity(), c.cash(), c.buyingPower(), c.openPositions(), c.marketOpen());
    }

    /** execution-service's word on the account's market-data prices, now. */
    public static MarketDataStatus marketData(String account, boolean fresh, String reason, String... staleSymbols) {
        Instant now = Instant.now();
        return new MarketDataStatus(UUID.randomUUID(), TradingEvent.CURRENT_SCHEMA_VERSION, account, null, now, null,
                fresh, true, List.of(staleSymbols), reason, now.minusSeconds(12));
    }

    /**
     * Any event of the positions topic, keyed by its account as execution-service keys them. A snapshot goes with a
     * fresh market-data status, as execution-service publishes one with every reconciliation.
     */
    public static void send(PositionsEvent event) {
        TestKafka.send(Topics.POSITIONS, event.accountId(), EventJson.toJson(event));
        if (event instanceof AccountSnapshot) {
            TestKafka.send(Topics.POSITIONS, event.accountId(), EventJson.toJson(marketData(event.accountId(), true,
                    null)));
        }
    }

    /**
     * Sends the snapshot (with its fresh market-data status) and waits until risk-service has applied both: the
     * recommendations topic is not ordered with the positions topic, so a decision asked for right after a bare
     * {@link #send} may be taken before the snapshot is known.
     */
    public static void sendAndAwaitApplied(AccountStateRepository accounts, AccountSnapshot snapshot) {
        send(snapshot);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> accounts.find(snapshot.accountId())
                .map(s -> s.equity().compareTo(snapshot.equity()) == 0
                        && !s.snapshotAt().isBefore(snapshot.occurredAt().minusMillis(1)))
                .orElse(false)
                && accounts.priceFreshness(snapshot.accountId()).map(p -> p.fresh()).orElse(false)));
    }

    /** Sends the recommendation and waits until risk-service has decided it. */
    public static Decision decide(DecisionRepository decisions, Recommendation rec) {
        TestKafka.send(Topics.RECOMMENDATIONS, rec.accountId(), EventJson.toJson(rec));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> decisions.find(rec.recommendationId())).isPresent());
        return read(() -> decisions.find(rec.recommendationId())).orElseThrow();
    }

    /**
     * A repository read from a test or an Awaitility thread, in a transaction of its own: it sees what is committed
     * now, never an entity a longer-lived session (the test thread's request context) read before.
     */
    public static <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    /** The approved orders for a recommendation on the approved-orders topic (waits for at least {@code count}). */
    public static List<ConsumerRecord<String, String>> approvedOrders(String recommendationId, int count) {
        return TestKafka.await(Topics.APPROVED_ORDERS, count, r -> r.value().contains("\"" + recommendationId + "\""));
    }
}

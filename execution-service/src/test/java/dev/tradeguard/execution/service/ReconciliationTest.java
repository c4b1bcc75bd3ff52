package dev.tradeguard.execution.service;

import static dev.tradeguard.execution.ExecutionFixtures.awaitAlerts;
import static dev.tradeguard.execution.ExecutionFixtures.awaitLedger;
import static dev.tradeguard.execution.ExecutionFixtures.awaitPositions;
import static dev.tradeguard.execution.ExecutionFixtures.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradeguard.execution.BrokerSimulator;
import dev.tradeguard.execution.ExecutionFixtures;
import dev.tradeguard.model.AlertType;
import dev.tradeguard.model.Side;
import dev.tradeguard.model.event.AccountSnapshot;
import dev.tradeguard.model.event.Alert;
import dev.tradeguard.model.event.ApprovedOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 15 item 2: the periodic reconciliation compares the streamed book with the broker; the broker wins. */
@QuarkusTest
class ReconciliationTest extends FreshActiveAccountBase {
    @Inject
    BookService book;

    @Test
    void aBookThatDisagreesWithTheBrokerRaisesAReconciliationMismatchAndTheBrokersAnswerReplacesIt()
            throws Exception {
        ApprovedOrder entry = ExecutionFixtures.order("SPY", Side.BUY, 10, "500.00", "400.00", "600.00",
                Instant.now(), Instant.now().plusSeconds(1800));
        send(entry);
        awaitLedger(ledger, entry.orderId(), "FILLED");
        await().atMost(Duration.ofSeconds(20)).until(() -> book.quantity("SPY").compareTo(BigDecimal.TEN) == 0);
        // A fill of 5 more the broker never made: the book now holds 15 and 2,500 less cash.
        QuarkusTransaction.requiringNew().run(() -> book.onFill("SPY", "buy", new BigDecimal("5"),
                new BigDecimal("500"), new BigDecimal("15"), Instant.now()));
        assertEquals(0, book.quantity("SPY").compareTo(new BigDecimal("15")));
        Instant reconciledAt = Instant.now();

        AccountSnapshot snapshot = snapshots.publish();

        Alert mismatch = awaitAlerts("ours 15, broker's 10", 1).stream()
                .filter(alert -> alert.occurredAt().isAfter(reconciledAt)).findFirst().orElseThrow();
        assertEquals(AlertType.RECONCILIATION_MISMATCH, mismatch.alertType());
        assertTrue(mismatch.message().contains("SPY quantity: ours 15, broker's 10"), mismatch.message());
        assertTrue(mismatch.message().contains("cash: ours "), mismatch.message());
        assertEquals("SPY", mismatch.details().get("symbols"));
        JsonNode account = BrokerSimulator.account();
        assertEquals(0, book.quantity("SPY").compareTo(BigDecimal.TEN), "the broker's answer replaced the book");
        assertEquals(0, book.equity().compareTo(new BigDecimal(account.path("equity").asText())));
        assertEquals(0, snapshot.cash().compareTo(new BigDecimal(account.path("cash").asText())));
        awaitPositions(1, event -> event instanceof AccountSnapshot published
                && published.eventId().equals(snapshot.eventId()));

        assertTrue(book.differences(broker.account(), broker.positions()).isEmpty(), "agreeing again");
    }
}

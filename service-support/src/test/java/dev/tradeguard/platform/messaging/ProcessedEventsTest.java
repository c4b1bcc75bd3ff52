package dev.tradeguard.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProcessedEventsTest {
    @Inject
    ProcessedEvents processed;

    @Test
    void aRedeliveredEventIsClaimedOnlyTheFirstTime() {
        UUID eventId = UUID.randomUUID();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.claim("fills", eventId)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> processed.claim("fills", eventId)));
        // The same event is new to another consumer.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.claim("alerts", eventId)));
    }

    @Test
    void aClaimInATransactionThatRollsBackIsNotKept() {
        UUID eventId = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            processed.claim("fills", eventId);
            throw new IllegalStateException("the handler failed");
        }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.claim("fills", eventId)));
    }

    @Test
    void aClaimNeedsTheHandlersTransaction() {
        assertThrows(jakarta.transaction.TransactionalException.class,
                () -> processed.claim("fills", UUID.randomUUID()));
    }
}

package dev.tradeguard.execution.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.LedgerEntry;
import dev.tradeguard.execution.repository.OrderLedgerRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * Resolves the crash window of invariant 1: a ledger row claimed (SUBMITTING) whose broker answer was never recorded.
 * The order is looked up by its client order id: found, the ledger takes the broker's id; not found (404), the checks
 * run again and it is sent once, with the same client id.
 */
@ApplicationScoped
public class RecoveryService {
    private static final Logger LOG = Logger.getLogger(RecoveryService.class);

    @Inject
    OrderLedgerRepository ledger;

    @Inject
    OrderPlacementService placement;

    @Inject
    ConfigVerifier verifier;

    @Inject
    ExecutionConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${tradeguard.execution.recovery.interval:30s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodically() {
        resolveSubmitting(clock.instant().minus(config.recovery().submittingGrace()));
    }

    /** Resolves every SUBMITTING row last touched before {@code claimedBefore}; returns how many it looked at. */
    public synchronized int resolveSubmitting(Instant claimedBefore) {
        if (!verifier.current().passed()) {
            return 0;
        }
        List<UUID> stuck = ledger.submittingSince(claimedBefore);
        for (UUID id : stuck) {
            LedgerEntry entry = ledger.find(id).orElseThrow();
            LOG.warnf("Recovering %s (%s): claimed but no broker answer recorded", id, entry.clientOrderId());
            try {
                placement.recover(ledger.approvedOrder(id), entry.clientOrderId());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Recovery of %s failed; retried later", id);
            }
        }
        return stuck.size();
    }
}

package dev.tradeguard.platform.concurrent;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs an action once the current transaction has committed (never on rollback), at most once per key and transaction. */
public final class AfterCommit {
    private AfterCommit() {
    }

    /** {@code key} identifies the action within the transaction: a second call with the same key adds nothing. */
    public static void runOnce(TransactionSynchronizationRegistry transactions, String key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}

package io.worktrackr.common;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs something once the current transaction has committed (at once when there is none). */
public final class AfterCommit {

    private AfterCommit() {}

    /**
     * For forgetting cached copies: done after the commit, a concurrent reader cannot put the old value back
     * between the forgetting and the commit. Nothing runs if the transaction rolls back.
     */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}

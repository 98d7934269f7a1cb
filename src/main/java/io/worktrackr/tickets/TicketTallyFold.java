package io.worktrackr.tickets;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the counts' read small: every {@code worktrackr.tickets.tally-fold-interval} (default 5 s) folds the
 * pending tally changes into one row per group ({@link TicketTally#fold}), in batches of {@value #BATCH}, each
 * batch one transaction. Runs on one node at a time (ShedLock); even overlapping runs could not count a change
 * twice, because each batch locks the change rows it folds. Idempotent: with nothing pending it does nothing.
 */
@Component
class TicketTallyFold {

    static final String LOCK = "ticket-tally-fold";
    static final int BATCH = 5_000;

    /** Stops a run after this many batches (the next run goes on), so a run is bounded even under a flood. */
    static final int MAX_BATCHES_PER_RUN = 100;

    private final TicketTally tally;
    private final TransactionTemplate transaction;

    TicketTallyFold(TicketTally tally, TransactionTemplate transaction) {
        this.tally = tally;
        this.transaction = transaction;
    }

    @Scheduled(
            initialDelayString = "${worktrackr.tickets.tally-fold-interval:5s}",
            fixedDelayString = "${worktrackr.tickets.tally-fold-interval:5s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void foldPendingChanges() {
        fold();
    }

    /** The job's work without the schedule and the lock; returns how many changes it folded. */
    int fold() {
        int folded = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Integer n = transaction.execute(status -> tally.fold(BATCH));
            folded += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                break;
            }
        }
        return folded;
    }
}

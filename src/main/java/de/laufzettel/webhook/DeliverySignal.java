package de.laufzettel.webhook;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes this node's delivery worker when an event was queued here, so a receiver hears of a change
 * at once instead of at the next poll. Other nodes find it at their next poll.
 */
@Component
class DeliverySignal {
    private final Semaphore waiting = new Semaphore(0);

    /** Rings after the current transaction commits (at once outside one); a rolled-back event never rings. */
    void ringAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ring();
                }
            });
        } else {
            ring();
        }
    }

    void ring() {
        if (waiting.availablePermits() == 0) {
            waiting.release();
        }
    }

    /** Waits until rung or until {@code timeout} passed. */
    void await(Duration timeout) throws InterruptedException {
        if (waiting.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            waiting.drainPermits();
        }
    }
}

package de.laufzettel.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again: after the base wait, doubled with every attempt, never
 * more than the cap, and not at all once the event is older than the give-up age.
 */
record Backoff(Duration base, Duration cap, Duration giveUpAfter) {

    /** The next attempt after {@code attempts} failed ones, or null when the delivery is given up. */
    Instant next(Instant eventAt, int attempts, Instant now) {
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 30));
        if (wait.compareTo(cap) > 0 || wait.isNegative()) {
            wait = cap;
        }
        Instant next = now.plus(wait);
        return next.isAfter(eventAt.plus(giveUpAfter)) ? null : next;
    }
}

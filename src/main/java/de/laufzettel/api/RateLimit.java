package de.laufzettel.api;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per access token: {@code perSecond} calls a second on average, up to two
 * seconds' worth at once. Kept in each node's memory, so behind a load balancer with n nodes a
 * token may make up to n times as many calls; that bounds a runaway script, which is its purpose,
 * without a database write per call.
 */
final class RateLimit {
    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    /** Calls in hand, and when they were last counted. */
    private static final class Bucket {
        double calls;
        long at;

        Bucket(double calls, long at) {
            this.calls = calls;
            this.at = at;
        }
    }

    RateLimit(int perSecond) {
        this.perSecond = Math.max(1, perSecond);
        this.burst = this.perSecond * 2;
    }

    /** Takes one call; 0 when it may go ahead, otherwise the seconds to wait. */
    long take(UUID token) {
        long now = System.nanoTime();
        double[] wait = {0};
        buckets.compute(token, (key, bucket) -> {
            Bucket b = bucket == null ? new Bucket(burst, now) : bucket;
            b.calls = Math.min(burst, b.calls + (now - b.at) / 1e9 * perSecond);
            b.at = now;
            if (b.calls >= 1) {
                b.calls -= 1;
            } else {
                wait[0] = (1 - b.calls) / perSecond;
            }
            return b;
        });
        return wait[0] == 0 ? 0 : Math.max(1, (long) Math.ceil(wait[0]));
    }
}

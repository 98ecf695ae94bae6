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
    private final ConcurrentHashMap<UUID, double[]> buckets = new ConcurrentHashMap<>();

    RateLimit(int perSecond) {
        this.perSecond = Math.max(1, perSecond);
        this.burst = this.perSecond * 2;
    }

    /** Takes one call; 0 when it may go ahead, otherwise the seconds to wait. */
    long take(UUID token) {
        long now = System.nanoTime();
        double[] waitSeconds = {0};
        buckets.compute(token, (key, bucket) -> {
            double[] b = bucket == null ? new double[] {burst, now} : bucket;
            b[0] = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * perSecond);
            b[1] = now;
            if (b[0] >= 1) {
                b[0] -= 1;
            } else {
                waitSeconds[0] = (1 - b[0]) / perSecond;
            }
            return b;
        });
        return waitSeconds[0] == 0 ? 0 : Math.max(1, (long) Math.ceil(waitSeconds[0]));
    }
}

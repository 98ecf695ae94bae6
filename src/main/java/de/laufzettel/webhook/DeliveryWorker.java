package de.laufzettel.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the queued deliveries, on every node, in a thread of its own: it claims a few due
 * deliveries, sends them side by side, records each result, and repeats until nothing is due;
 * then it sleeps until the next poll or until an event is queued on this node.
 *
 * <p>On shutdown it claims nothing more but lets the deliveries in flight finish and be recorded,
 * so a restarted node does not send them again. Only a hard crash during a send leaves a claimed
 * row, which another node sends again when its lease runs out: receivers deduplicate by the event
 * id in {@code Laufzettel-Webhook-Id}. {@code LAUFZETTEL_JOBS=false} switches the worker off on a node.
 */
@Component
@ConditionalOnProperty(name = "laufzettel.jobs", havingValue = "true", matchIfMissing = true)
class DeliveryWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 8;
    /** Longer than a send can take (connect and request timeouts), so a live node never loses its claim. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration KEEP = Duration.ofDays(30);
    private static final Duration CLEAN_UP_EVERY = Duration.ofHours(1);

    private final Deliveries deliveries;
    private final Sender sender;
    private final DeliverySignal signal;
    private final Backoff backoff;
    private final Duration poll;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;
    private Thread thread;
    private ExecutorService sending;
    private Instant nextCleanUp = Instant.EPOCH;

    DeliveryWorker(Deliveries deliveries, Sender sender, DeliverySignal signal,
            @Value("${laufzettel.webhook.poll:5s}") Duration poll,
            @Value("${laufzettel.webhook.retry-base:30s}") Duration retryBase,
            @Value("${laufzettel.webhook.retry-max:1h}") Duration retryMax,
            @Value("${laufzettel.webhook.give-up-after:24h}") Duration giveUpAfter) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.signal = signal;
        this.poll = poll;
        this.backoff = new Backoff(retryBase, retryMax, giveUpAfter);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        sending = Executors.newFixedThreadPool(BATCH, Thread.ofPlatform().name("webhook-send-", 0).daemon().factory());
        thread = Thread.ofPlatform().name("webhook-deliveries").daemon().start(this::loop);
    }

    /** Claims nothing more, and waits for the deliveries in flight to be sent and recorded. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal.ring();
        try {
            thread.join(Sender.CONNECT_TIMEOUT.plus(Sender.REQUEST_TIMEOUT).plusSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sending.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                try {
                    while (running && sendDue() > 0) {
                        // More may be due: the next event of a task becomes due when the one before it was sent.
                    }
                    cleanUp();
                } catch (RuntimeException e) {
                    // The database may be away for a moment; the rows wait, and the next round tries again.
                    log.warn("Webhook deliveries failed this round: {}", e.toString());
                }
                // Until the next poll, an event committed on this node (the database is there), or stop().
                signal.await(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends one batch of due deliveries and records each result; returns how many there were. */
    int sendDue() throws InterruptedException {
        List<Deliveries.Claimed> claimed = deliveries.claim(BATCH, LEASE);
        List<Future<?>> inFlight = claimed.stream().map(d -> sending.submit(() -> deliver(d))).<Future<?>>map(f -> f).toList();
        for (Future<?> f : inFlight) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("A webhook delivery could not be recorded: {}", e.getCause().toString());
            }
        }
        return claimed.size();
    }

    private void deliver(Deliveries.Claimed delivery) {
        Instant at = clock.instant();
        Deliveries.Outcome outcome = sender.send(delivery, at.getEpochSecond());
        Instant next = outcome.succeeded() ? null
                : backoff.next(delivery.createdAt().toInstant(), delivery.attempts() + 1, clock.instant());
        if (!deliveries.record(delivery, at, outcome, next)) {
            log.warn("Webhook delivery {} was taken over by another node before its result was recorded", delivery.id());
        } else if (!outcome.succeeded() && next == null) {
            log.warn("Webhook delivery {} ({}) given up after {} attempts: {}", delivery.id(), delivery.event(),
                    delivery.attempts() + 1, outcome.error());
        }
    }

    private void cleanUp() {
        Instant now = clock.instant();
        if (now.isAfter(nextCleanUp)) {
            nextCleanUp = now.plus(CLEAN_UP_EVERY);
            deliveries.forget(KEEP);
        }
    }
}

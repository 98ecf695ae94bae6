package de.laufzettel.live;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers on this node that watch a board, and the little "changed" events sent to them.
 * At shutdown their streams end first, so the server does not wait for them and the browsers
 * reconnect (to another node, behind a load balancer) straight away.
 */
@Component
public class LiveBoards implements SmartLifecycle {
    /** How long one subscription lives; the browser then reconnects and access is checked again. */
    static final long SUBSCRIPTION_MILLIS = 120_000;

    private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
    /** Streams by account: every page's stream also carries its person's notification events. */
    private final Map<UUID, Set<SseEmitter>> people = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * One stream for the boards a page shows (one board, or all of them for "Meine Aufgaben") and
     * for its person's notifications; a page holds a single stream, so that several open tabs stay
     * within the browser's limit of connections per server. The caller has checked that the person
     * may see every one of the boards.
     */
    public SseEmitter watchAll(java.util.Collection<UUID> projectIds, UUID accountId) {
        SseEmitter emitter = new SseEmitter(SUBSCRIPTION_MILLIS);
        java.util.List<Runnable> removals = new java.util.ArrayList<>();
        for (UUID projectId : projectIds) {
            Set<SseEmitter> set = watchers.computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet());
            set.add(emitter);
            removals.add(() -> set.remove(emitter));
        }
        Set<SseEmitter> own = people.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet());
        own.add(emitter);
        removals.add(() -> own.remove(emitter));
        Runnable remove = () -> removals.forEach(Runnable::run);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        // Sent before the emitter is handed back: Spring MVC keeps it and writes it in the request's
        // own thread as the stream starts. Sent from another thread, it raced with the request
        // thread still leaving the filters (Spring Session reads the response's headers there),
        // and one of a thousand subscriptions at once failed in Tomcat's header list.
        send(emitter, "ready");
        return emitter;
    }

    void changed(UUID projectId) {
        Set<SseEmitter> set = watchers.get(projectId);
        if (set != null) {
            for (SseEmitter emitter : set) {
                senders.submit(() -> send(emitter, "board-changed"));
            }
        }
    }

    void personChanged(UUID accountId) {
        Set<SseEmitter> set = people.get(accountId);
        if (set != null) {
            for (SseEmitter emitter : set) {
                senders.submit(() -> send(emitter, "notifications-changed"));
            }
        }
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        watchers.values().forEach(set -> set.forEach(SseEmitter::complete));
        people.values().forEach(set -> set.forEach(SseEmitter::complete));
        watchers.clear();
        people.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    int watching(UUID projectId) {
        Set<SseEmitter> set = watchers.get(projectId);
        return set == null ? 0 : set.size();
    }

    /**
     * A browser that went away is noticed on sending: its stream is ended, which runs its removal
     * from every board and person it was watching.
     */
    private static void send(SseEmitter emitter, String name) {
        try {
            emitter.send(SseEmitter.event().name(name).data(name));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
        } catch (IllegalStateException alreadyEnded) {
            // its completion callback has removed it already
        }
    }
}

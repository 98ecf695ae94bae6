package de.laufzettel.account;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions as Spring Session keeps them in PostgreSQL, minus one write per request.
 *
 * <p>Spring Session records the last access of a session on every request: an UPDATE and a commit
 * that waits for the disk, even for a page that only reads. Under load that was a tenth of the
 * server's CPU and a disk flush per click. Here a session is written back only when something in it
 * changed (attributes, ID, timeout) or its recorded last access is older than {@link #TOUCH_EVERY}.
 * With a 12-hour idle timeout, a session may so end up to a minute earlier than it otherwise would.
 *
 * <p>Spring Session's filter also looks the session up a second time after saving it, only to see
 * that it still exists. Within a request ({@link #requestStarted}), the first lookup answers that.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final ThreadLocal<Map<String, QuietSession>> thisRequest = new ThreadLocal<>();

    /**
     * Takes Spring Session's JDBC repository, whose session class is not public. Only sessions it
     * handed out are ever given back to it, so the unchecked view is safe.
     */
    @SuppressWarnings("unchecked")
    QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession(), true);
    }

    @Override
    public void save(QuietSession session) {
        if (session.mustBeWritten()) {
            sessions.save(session.stored);
            session.written();
        }
    }

    @Override
    public QuietSession findById(String id) {
        Map<String, QuietSession> seen = thisRequest.get();
        if (seen != null && seen.containsKey(id)) {
            return seen.get(id);
        }
        Session stored = SessionTransactions.reading(() -> sessions.findById(id));
        QuietSession session = stored == null ? null : new QuietSession(stored, false);
        if (seen != null && session != null) {
            seen.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, QuietSession> seen = thisRequest.get();
        if (seen != null) {
            seen.remove(id);
        }
        sessions.deleteById(id);
    }

    /** A request begins: sessions looked up from now on are remembered until {@link #requestEnded}. */
    void requestStarted() {
        thisRequest.set(new HashMap<>(2));
    }

    void requestEnded() {
        thisRequest.remove();
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new QuietSession(e.getValue(), false)));
    }

    /** A stored session that remembers whether anything beyond its last access changed. */
    static final class QuietSession implements Session {
        private final Session stored;
        private boolean changed;
        private Instant recordedAccess;

        QuietSession(Session stored, boolean isNew) {
            this.stored = stored;
            this.changed = isNew;
            this.recordedAccess = stored.getLastAccessedTime();
        }

        boolean mustBeWritten() {
            return changed || Duration.between(recordedAccess, stored.getLastAccessedTime()).compareTo(TOUCH_EVERY) >= 0;
        }

        void written() {
            changed = false;
            recordedAccess = stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}

package de.laufzettel.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery queue in PostgreSQL, shared by all nodes. A node claims rows in one short statement
 * (a lease in {@code locked_until}, taken with {@code FOR UPDATE SKIP LOCKED} so two nodes never
 * claim the same row), sends without holding a lock, and records the result in another short
 * transaction, guarded by its claim. An event waits while an earlier event of the same webhook and
 * task is still pending, so a task's events arrive in order.
 */
@Component
class Deliveries {
    private final JdbcClient db;
    private final TransactionTemplate transaction;

    Deliveries(JdbcClient db, TransactionTemplate transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    /** A claimed delivery: what to send where, and the claim that lets this node record the result. */
    record Claimed(UUID organizationId, UUID id, UUID claim, UUID eventId, String event, String payload, int attempts,
            OffsetDateTime createdAt, String url, String secret) {
    }

    /** The result of one attempt. */
    record Outcome(boolean succeeded, Integer statusCode, long durationMs, String error) {
    }

    /** Claims up to {@code limit} deliveries that are due, for {@code lease}. */
    List<Claimed> claim(int limit, Duration lease) {
        UUID claim = UUID.randomUUID();
        return db.sql("""
                WITH due AS (
                    SELECT d.organization_id, d.id, w.url, w.secret FROM webhook_delivery d
                    JOIN webhook w ON w.organization_id = d.organization_id AND w.id = d.webhook_id AND w.active
                    WHERE d.state = 'pending' AND d.next_attempt_at <= now()
                      AND (d.locked_until IS NULL OR d.locked_until < now())
                      AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                                      WHERE e.organization_id = d.organization_id AND e.webhook_id = d.webhook_id
                                        AND e.task_id = d.task_id AND e.state = 'pending' AND e.seq < d.seq)
                    ORDER BY d.next_attempt_at, d.seq
                    LIMIT :limit
                    FOR UPDATE OF d SKIP LOCKED
                )
                UPDATE webhook_delivery d SET claim = :claim, locked_until = now() + :lease * interval '1 second'
                FROM due WHERE d.organization_id = due.organization_id AND d.id = due.id
                RETURNING d.organization_id, d.id, d.event_id, d.event, d.payload, d.attempts, d.created_at, due.url, due.secret
                """)
                .param("limit", limit).param("claim", claim).param("lease", lease.toSeconds())
                .query((rs, row) -> new Claimed(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
                        claim, rs.getObject("event_id", UUID.class), rs.getString("event"), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("url"),
                        rs.getString("secret")))
                .list();
    }

    /**
     * Records an attempt and what comes next: delivered, another attempt at {@code nextAttempt}, or
     * given up (null). False when this node's claim was lost meanwhile (its lease ran out and another
     * node took the row), in which case nothing is written.
     */
    boolean record(Claimed delivery, Instant attemptedAt, Outcome outcome, Instant nextAttempt) {
        String state = outcome.succeeded() ? "delivered" : nextAttempt == null ? "failed" : "pending";
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int updated = db.sql("""
                    UPDATE webhook_delivery SET state = :state, attempts = attempts + 1, claim = NULL, locked_until = NULL,
                           next_attempt_at = coalesce(:next, next_attempt_at), last_attempt_at = :at,
                           last_status_code = :code, last_duration_ms = :ms, last_error = :error
                    WHERE organization_id = :org AND id = :id AND claim = :claim
                    """)
                    .param("state", state).param("next", utc(nextAttempt)).param("at", utc(attemptedAt))
                    .param("code", outcome.statusCode()).param("ms", (int) outcome.durationMs())
                    .param("error", outcome.error()).param("org", delivery.organizationId()).param("id", delivery.id())
                    .param("claim", delivery.claim())
                    .update();
            if (updated == 0) {
                return false;
            }
            db.sql("""
                    INSERT INTO webhook_attempt (organization_id, delivery_id, attempt, attempted_at, succeeded,
                                                 status_code, duration_ms, error)
                    VALUES (:org, :id, :attempt, :at, :succeeded, :code, :ms, :error)
                    """)
                    .param("org", delivery.organizationId()).param("id", delivery.id())
                    .param("attempt", delivery.attempts() + 1).param("at", utc(attemptedAt))
                    .param("succeeded", outcome.succeeded()).param("code", outcome.statusCode())
                    .param("ms", (int) outcome.durationMs()).param("error", outcome.error())
                    .update();
            return true;
        }));
    }

    /** The newest deliveries of a webhook (at most {@code limit}), for its log; scoped by organisation and project. */
    List<Delivery> log(UUID organizationId, UUID projectId, UUID webhookId, int limit) {
        return db.sql("""
                SELECT d.id, d.event_id, d.event, d.state, d.attempts, d.created_at, d.last_attempt_at,
                       d.last_status_code, d.last_duration_ms, d.last_error, d.next_attempt_at
                FROM webhook_delivery d
                JOIN webhook w ON w.organization_id = d.organization_id AND w.id = d.webhook_id
                WHERE d.organization_id = :org AND w.project_id = :project AND d.webhook_id = :webhook
                ORDER BY d.seq DESC LIMIT :limit
                """)
                .param("org", organizationId).param("project", projectId).param("webhook", webhookId)
                .param("limit", limit)
                .query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("event"), rs.getString("state"), rs.getInt("attempts"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_attempt_at", OffsetDateTime.class),
                        (Integer) rs.getObject("last_status_code"), (Integer) rs.getObject("last_duration_ms"),
                        rs.getString("last_error"), rs.getObject("next_attempt_at", OffsetDateTime.class)))
                .list();
    }

    /** Forgets finished deliveries older than {@code age}; the log shows recent ones only. */
    int forget(Duration age) {
        return db.sql("""
                DELETE FROM webhook_delivery WHERE state <> 'pending' AND created_at < now() - :age * interval '1 second'
                """)
                .param("age", age.toSeconds()).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

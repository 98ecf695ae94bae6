package de.laufzettel.notification;

import de.laufzettel.project.ProjectAccess;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notifications waiting for an e-mail, as a job queue in PostgreSQL: a node takes rows with
 * {@code FOR UPDATE SKIP LOCKED} inside its transaction, so several nodes never take the same
 * row, and a node that dies mid-way leaves its rows to the next run.
 */
@Component
class MailQueue {
    /** After this many failed attempts (SMTP refusing a recipient, say) a mail is given up. */
    static final int MAX_ATTEMPTS = 5;

    private static final String ITEMS = """
            SELECT n.organization_id, n.id, n.recipient_id, n.kind, n.details::text, n.created_at, u.email, u.locale,
                   a.name AS actor_name, t.number, t.title, o.slug, p.id AS project_id, p.name AS project_name,
                   c.body AS comment_body,
                   (t.trashed_at IS NULL AND p.archived_at IS NULL AND
            """ + ProjectAccess.visibleTo("n.organization_id", "n.project_id", "n.recipient_id") + """
                   ) AS allowed
            FROM notification n
            JOIN app_user u ON u.id = n.recipient_id
            JOIN task t ON t.organization_id = n.organization_id AND t.id = n.task_id
            JOIN project p ON p.organization_id = n.organization_id AND p.id = n.project_id
            JOIN organization o ON o.id = n.organization_id
            LEFT JOIN app_user a ON a.id = n.actor_id
            LEFT JOIN comment c ON c.organization_id = n.organization_id
                 AND c.id = CAST(n.details ->> 'comment' AS uuid)
            """;

    private final JdbcClient db;
    private final JsonMapper json;

    MailQueue(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Takes up to {@code limit} notifications to be e-mailed at once; call inside a transaction. */
    List<MailItem> takeImmediate(int limit) {
        return db.sql(ITEMS + """
                WHERE n.mail = 'immediate' ORDER BY n.created_at LIMIT :limit FOR UPDATE OF n SKIP LOCKED
                """)
                .param("limit", limit).query(this::item).list();
    }

    /** People with notifications for a digest that were written before {@code cutoff}. */
    List<UUID> digestRecipients(Instant cutoff, int limit) {
        return db.sql("""
                SELECT DISTINCT recipient_id FROM notification WHERE mail = 'digest' AND created_at < :cutoff LIMIT :limit
                """)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC)).param("limit", limit)
                .query(UUID.class).list();
    }

    /**
     * Takes one person's digest; call inside a transaction. Empty when another node is sending it
     * right now: a lock per person (held to the end of the transaction) keeps two nodes from each
     * sending half of it.
     */
    List<MailItem> takeDigest(UUID recipientId, Instant cutoff) {
        boolean mine = db.sql("SELECT pg_try_advisory_xact_lock(hashtext('laufzettel-digest'), hashtext(:recipient))")
                .param("recipient", recipientId.toString()).query(Boolean.class).single();
        if (!mine) {
            return List.of();
        }
        return db.sql(ITEMS + """
                WHERE n.recipient_id = :recipient AND n.mail = 'digest' AND n.created_at < :cutoff
                ORDER BY n.created_at FOR UPDATE OF n
                """)
                .param("recipient", recipientId)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC))
                .query(this::item).list();
    }

    void markSent(List<MailItem> items) {
        mark(items, "sent");
    }

    /** Nothing to send (the person may no longer see the task). */
    void markDropped(List<MailItem> items) {
        mark(items, "none");
    }

    /** Tries again next time, until {@link #MAX_ATTEMPTS}. */
    void markFailed(List<MailItem> items) {
        db.sql("""
                UPDATE notification SET mail_attempts = mail_attempts + 1,
                       mail = CASE WHEN mail_attempts + 1 >= :max THEN 'failed' ELSE mail END
                WHERE organization_id = ANY(:orgs) AND id = ANY(:ids)
                """)
                .param("max", MAX_ATTEMPTS).param("orgs", orgs(items)).param("ids", ids(items)).update();
    }

    private void mark(List<MailItem> items, String mail) {
        if (items.isEmpty()) {
            return;
        }
        db.sql("UPDATE notification SET mail = :mail WHERE organization_id = ANY(:orgs) AND id = ANY(:ids)")
                .param("mail", mail).param("orgs", orgs(items)).param("ids", ids(items)).update();
    }

    private static UUID[] orgs(List<MailItem> items) {
        return items.stream().map(MailItem::organizationId).distinct().toArray(UUID[]::new);
    }

    private static UUID[] ids(List<MailItem> items) {
        return items.stream().map(MailItem::id).toArray(UUID[]::new);
    }

    @SuppressWarnings("unchecked")
    private MailItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MailItem(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getObject("recipient_id", UUID.class), NotificationKind.of(rs.getString("kind")).orElseThrow(),
                json.readValue(rs.getString("details"), Map.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("email"), rs.getString("locale"), rs.getString("actor_name"), rs.getLong("number"),
                rs.getString("title"), rs.getString("slug"), rs.getObject("project_id", UUID.class),
                rs.getString("project_name"), rs.getString("comment_body"), rs.getBoolean("allowed"));
    }
}

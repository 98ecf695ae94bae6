package de.laufzettel.notification;

import de.laufzettel.database.Read;
import de.laufzettel.live.PersonSignal;
import de.laufzettel.project.ProjectAccess;
import de.laufzettel.task.Due;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's notifications. They are written in the transaction of the change they tell of, and
 * read only where the person may still see the project (active membership; organisation admin or
 * project member): whoever loses access to a project or an organisation no longer sees its
 * notifications, and tasks in the trash are left out.
 */
@Component
public class Notifications implements de.laufzettel.web.Inbox {
    /** The bell shows at most this many; beyond it, "99+". */
    static final int COUNT_LIMIT = 100;

    private final JdbcClient db;
    private final JsonMapper json;

    Notifications(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Who is to hear of one change to a task: people named directly (the mentioned, a new
     * assignee) as {@code kind}, and the task's watchers and its assignee (who is responsible for
     * it, so wants to know) as {@code watchers}, or nobody else when that is null. Someone named
     * directly hears of it only as {@code kind}.
     */
    record Recipients(List<UUID> people, NotificationKind kind, NotificationKind watchers) {
        static Recipients watchersOnly(NotificationKind kind) {
            return new Recipients(List.of(), null, kind);
        }
    }

    /**
     * Writes the notifications for a change to a task, in the caller's transaction, in one
     * statement: each recipient once, never the actor. See {@link #insert} for the rest.
     */
    void write(UUID organizationId, UUID taskId, UUID actorId, Recipients recipients, Map<String, ?> details,
            boolean mailOn) {
        String candidates = """
                named (recipient_id, kind, priority) AS (
                    SELECT p, CAST(:kind AS text), 1 FROM unnest(CAST(:people AS uuid[])) p
                    UNION ALL
                    SELECT w.user_id, CAST(:watchers AS text), 2 FROM task_watcher w
                    WHERE CAST(:watchers AS text) IS NOT NULL AND w.organization_id = :org AND w.task_id = :task
                    UNION ALL
                    SELECT a.assignee_id, CAST(:watchers AS text), 2 FROM task a
                    WHERE CAST(:watchers AS text) IS NOT NULL AND a.organization_id = :org AND a.id = :task
                      AND a.assignee_id IS NOT NULL
                ),
                candidate AS (
                    SELECT DISTINCT ON (recipient_id) CAST(:org AS uuid) AS organization_id, CAST(:task AS uuid) AS task_id,
                           recipient_id, kind, CAST(:actor AS uuid) AS actor_id, CAST(:details AS jsonb) AS details
                    FROM named WHERE recipient_id IS DISTINCT FROM CAST(:actor AS uuid)
                    ORDER BY recipient_id, priority
                )
                """;
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("org", organizationId);
        params.put("task", taskId);
        params.put("people", recipients.people().toArray(UUID[]::new));
        params.put("kind", recipients.kind() == null ? null : recipients.kind().key());
        params.put("watchers", recipients.watchers() == null ? null : recipients.watchers().key());
        params.put("actor", actorId == null ? null : actorId.toString());
        params.put("details", json.writeValueAsString(details));
        insert(candidates, params, mailOn);
    }

    /**
     * Turns the rows of a {@code candidate} query (organization_id, task_id, recipient_id, kind,
     * actor_id, details) into notifications, for active members who may see the task's project
     * only, with the e-mail each recipient wants (none when the server sends no e-mail), and
     * signals each recipient on commit so their bell updates. Returns how many were written.
     */
    long insert(String candidateQueries, Map<String, Object> params, boolean mailOn) {
        return db.sql("WITH " + candidateQueries + ", " + """
                written AS (
                    INSERT INTO notification (organization_id, id, recipient_id, kind, project_id, task_id, actor_id,
                                              details, mail)
                    SELECT c.organization_id, gen_random_uuid(), c.recipient_id, c.kind, t.project_id, t.id,
                           c.actor_id, c.details,
                           CASE WHEN NOT :mailOn OR coalesce(s.mail, d.mail) = 'off' THEN 'none'
                                ELSE coalesce(s.mail, d.mail) END
                    FROM candidate c
                    JOIN task t ON t.organization_id = c.organization_id AND t.id = c.task_id
                    JOIN """ + NotificationKind.DEFAULTS_SQL + """
                     d (kind, mail) ON d.kind = c.kind
                    LEFT JOIN notification_setting s ON s.account_id = c.recipient_id AND s.kind = c.kind
                    WHERE\s""" + ProjectAccess.visibleTo("c.organization_id", "t.project_id", "c.recipient_id") + """
                    RETURNING recipient_id
                )
                SELECT count(pg_notify(:channel, recipient_id::text)) FROM written
                """)
                .params(params).param("mailOn", mailOn).param("channel", PersonSignal.CHANNEL)
                .query(Long.class).single();
    }

    /**
     * How many unread notifications the person has (at most {@link #COUNT_LIMIT}). Shown on every
     * page, so it starts from the person's few active memberships and checks each notification
     * through primary keys (project, project membership, task), one row each, instead of listing
     * every project the person can see. The lookups are LATERAL with LIMIT 1 so that they stay
     * lookups: as joins, the planner had hashed the whole project table for a few dozen rows.
     */
    public int unread(UUID accountId) {
        return readUnread(accountId).on(db);
    }

    @Override
    public Read<Integer> readUnread(UUID accountId) {
        return Read.list("""
                SELECT count(*) FROM (
                    SELECT 1 FROM membership am
                    JOIN notification n ON n.recipient_id = am.user_id AND n.organization_id = am.organization_id
                         AND n.read_at IS NULL
                    CROSS JOIN LATERAL (
                        SELECT 1 FROM project p
                        WHERE p.organization_id = n.organization_id AND p.id = n.project_id AND p.archived_at IS NULL
                          AND\s""" + ProjectAccess.seenThrough("am", "p") + """
                        LIMIT 1) p
                    CROSS JOIN LATERAL (
                        SELECT 1 FROM task t
                        WHERE t.organization_id = n.organization_id AND t.id = n.task_id AND t.trashed_at IS NULL
                        LIMIT 1) t
                    WHERE am.user_id = :user AND am.deactivated_at IS NULL
                    LIMIT :limit) unread
                """, Map.of("user", accountId, "limit", COUNT_LIMIT), Integer.class).then(counts -> counts.get(0));
    }

    /** The newest notifications (at most 100), unread and read. */
    List<Notification> latest(UUID accountId) {
        return query(accountId, "", Map.of());
    }

    Optional<Notification> find(UUID accountId, String orgSlug, UUID id) {
        return query(accountId, " AND v.slug = :slug AND n.id = :id", Map.of("slug", orgSlug, "id", id))
                .stream().findFirst();
    }

    private List<Notification> query(UUID accountId, String condition, Map<String, Object> params) {
        return db.sql("WITH " + ProjectAccess.VISIBLE_TO_ACCOUNT + """
                SELECT n.organization_id, n.id, n.kind, n.details::text, n.created_at, n.read_at IS NOT NULL AS read,
                       v.slug, v.org_name, v.id AS project_id, v.name AS project_name, t.number, t.title,
                       u.name AS actor_name, t.completed_at IS NOT NULL AS completed, t.due_date, t.due_time
                FROM notification n
                JOIN visible v ON v.organization_id = n.organization_id AND v.id = n.project_id
                JOIN task t ON t.organization_id = n.organization_id AND t.id = n.task_id AND t.trashed_at IS NULL
                LEFT JOIN app_user u ON u.id = n.actor_id
                WHERE n.recipient_id = :user""" + condition + """
                 ORDER BY n.created_at DESC, n.id DESC LIMIT 100
                """)
                .param("user", accountId).params(params)
                .query((rs, row) -> new Notification(rs.getObject("organization_id", UUID.class),
                        rs.getObject("id", UUID.class), NotificationKind.of(rs.getString("kind")).orElseThrow(),
                        parse(rs.getString("details")), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getBoolean("read"), rs.getString("slug"), rs.getString("org_name"),
                        rs.getObject("project_id", UUID.class), rs.getString("project_name"), rs.getLong("number"),
                        rs.getString("title"), rs.getString("actor_name"), rs.getBoolean("completed"),
                        Due.of(rs.getObject("due_date", LocalDate.class), rs.getObject("due_time", LocalTime.class))))
                .list();
    }

    /** Marks one notification read; other open pages of the person update their bell. */
    void markRead(UUID accountId, UUID organizationId, UUID id) {
        db.sql("""
                WITH changed AS (
                    UPDATE notification SET read_at = now()
                    WHERE organization_id = :org AND id = :id AND recipient_id = :user AND read_at IS NULL
                    RETURNING recipient_id)
                SELECT count(pg_notify(:channel, recipient_id::text)) FROM changed
                """)
                .param("org", organizationId).param("id", id).param("user", accountId)
                .param("channel", PersonSignal.CHANNEL).query(Long.class).single();
    }

    /** Marks all of the person's notifications read. */
    void markAllRead(UUID accountId) {
        db.sql("""
                WITH changed AS (
                    UPDATE notification SET read_at = now() WHERE recipient_id = :user AND read_at IS NULL
                    RETURNING recipient_id)
                SELECT count(pg_notify(:channel, recipient_id::text)) FROM (SELECT DISTINCT recipient_id FROM changed) c
                """)
                .param("user", accountId).param("channel", PersonSignal.CHANNEL).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String details) {
        return json.readValue(details, Map.class);
    }
}

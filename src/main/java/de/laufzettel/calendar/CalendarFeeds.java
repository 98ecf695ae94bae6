package de.laufzettel.calendar;

import de.laufzettel.project.ProjectAccess;
import de.laufzettel.task.Due;
import de.laufzettel.web.SecretTokens;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Personal calendar feeds: a secret address per account that lists their tasks with due dates. */
@Component
public class CalendarFeeds {

    private final JdbcClient db;

    CalendarFeeds(JdbcClient db) {
        this.db = db;
    }

    /** A task in the feed. */
    record Entry(UUID taskId, String orgSlug, UUID projectId, String projectName, long number, String title,
            Due due, OffsetDateTime updatedAt) {
    }

    /** A new secret for the account (the old one stops working at once); returned only now. */
    @Transactional
    public String renew(UUID accountId) {
        String token = SecretTokens.create();
        db.sql("""
                INSERT INTO calendar_feed (account_id, token_hash) VALUES (:account, :hash)
                ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
                """)
                .param("account", accountId).param("hash", SecretTokens.hash(token)).update();
        return token;
    }

    @Transactional
    public void delete(UUID accountId) {
        db.sql("DELETE FROM calendar_feed WHERE account_id = :account").param("account", accountId).update();
    }

    public boolean exists(UUID accountId) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM calendar_feed WHERE account_id = :account)")
                .param("account", accountId).query(Boolean.class).single();
    }

    /** The account a secret belongs to, if any. */
    Optional<UUID> owner(String token) {
        return db.sql("SELECT account_id FROM calendar_feed WHERE token_hash = :hash")
                .param("hash", SecretTokens.hash(token)).query(UUID.class).optional();
    }

    /**
     * Open tasks assigned to the account that have a due date, in projects the account can see.
     * "Open" is written as the index of assigned tasks has it (V25), so completed ones are not read.
     */
    List<Entry> entries(UUID accountId) {
        return db.sql("WITH " + ProjectAccess.VISIBLE_TO_ACCOUNT + """
                SELECT t.id, v.slug, v.id, v.name, t.number, t.title, t.due_date, t.due_time, t.updated_at
                FROM task t JOIN visible v ON v.organization_id = t.organization_id AND v.id = t.project_id
                WHERE t.organization_id = ANY(ARRAY(SELECT DISTINCT organization_id FROM visible))
                  AND t.assignee_id = :user AND t.due_date IS NOT NULL
                  AND coalesce(t.completed_at, 'infinity') = 'infinity'
                  AND t.trashed_at IS NULL
                ORDER BY t.due_date, t.number
                """)
                .param("user", accountId)
                .query((rs, row) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getLong(5), rs.getString(6),
                        Due.of(rs.getObject(7, LocalDate.class), rs.getObject(8, LocalTime.class)),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

}

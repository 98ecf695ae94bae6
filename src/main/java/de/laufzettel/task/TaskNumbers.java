package de.laufzettel.task;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out task numbers (#142) per organisation. Each number is taken in a short transaction of
 * its own, so the organisation's counter row is locked only for that moment and not while a
 * task is being created; a failed creation leaves a gap in the numbers, which is harmless.
 *
 * <p>That short transaction does not wait for the disk when it commits (asynchronous commit), so
 * the row is free again at once instead of after a flush, which made all creations in an
 * organisation queue behind each other. It cannot hand out a number twice: PostgreSQL's log is
 * written in order, so the creation that uses the number, which does wait for the disk, makes the
 * counter's step durable along with itself. Only a number nobody used can be lost in a crash.
 */
@Component
public class TaskNumbers {
    private final JdbcClient db;

    TaskNumbers(JdbcClient db) {
        this.db = db;
    }

    /**
     * A number in a transaction of its own: one statement that PostgreSQL commits right after it
     * ran, so the row lock is not held while the answer travels to the server and a commit back.
     * {@code set_config(…, true)} applies to that one transaction. Call it outside any transaction.
     */
    long nextAlone(UUID organizationId) {
        return db.sql("""
                INSERT INTO task_sequence (organization_id, last_number)
                SELECT :org, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous_commit
                ON CONFLICT (organization_id) DO UPDATE SET last_number = task_sequence.last_number + 1
                RETURNING last_number
                """)
                .param("org", organizationId).query(Long.class).single();
    }

    /**
     * A number inside the caller's transaction: for bulk work (demo data, imports) that creates the
     * organisation in the same transaction, which a separate one could not see yet.
     */
    long next(UUID organizationId) {
        return db.sql("""
                INSERT INTO task_sequence (organization_id, last_number) VALUES (:org, 1)
                ON CONFLICT (organization_id) DO UPDATE SET last_number = task_sequence.last_number + 1
                RETURNING last_number
                """)
                .param("org", organizationId).query(Long.class).single();
    }

    /**
     * {@code count} numbers at once, inside the caller's transaction, for imports; returns the
     * first. The organisation's counter row stays locked until that transaction ends.
     */
    public long reserve(UUID organizationId, int count) {
        return db.sql("""
                INSERT INTO task_sequence (organization_id, last_number) VALUES (:org, :count)
                ON CONFLICT (organization_id) DO UPDATE SET last_number = task_sequence.last_number + :count
                RETURNING last_number
                """)
                .param("org", organizationId).param("count", count).query(Long.class).single() - count + 1;
    }
}

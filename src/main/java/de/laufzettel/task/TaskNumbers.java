package de.laufzettel.task;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out task numbers (#142) per organisation. Each number is taken in a short transaction of
 * its own, so the organisation's counter row is locked only for that moment and not while a
 * task is being created; a failed creation leaves a gap in the numbers, which is harmless.
 */
@Component
class TaskNumbers {
    private final JdbcClient db;

    TaskNumbers(JdbcClient db) {
        this.db = db;
    }

    /** A number in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long nextAlone(UUID organizationId) {
        return next(organizationId);
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
}

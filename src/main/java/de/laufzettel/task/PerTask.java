package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.ProjectAccess;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How many rows of a table hang off each task of a project: the counts on the board's cards. */
public final class PerTask {
    private PerTask() {
    }

    /**
     * Counts per task number. {@code table} is one of Laufzettel's own tables with
     * organization_id, project_id and task_id (a constant, never user input).
     */
    public static Map<Long, Integer> count(JdbcClient db, String table, CurrentMember me, UUID projectId) {
        Map<Long, Integer> counts = new HashMap<>();
        db.sql("SELECT t.number, count(*) FROM " + table + " x"
                        + " JOIN task t ON t.organization_id = x.organization_id AND t.id = x.task_id"
                        + " WHERE x.organization_id = :org AND x.project_id = :project AND "
                        + ProjectAccess.visible(":project") + " GROUP BY t.number")
                .param("org", me.organizationId()).param("project", projectId).param("user", me.userId())
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return counts;
    }
}

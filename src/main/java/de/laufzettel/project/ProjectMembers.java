package de.laufzettel.project;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Read;
import de.laufzettel.organization.CurrentMember;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Who works on a project in which role. Callers pass a project they found through access checks. */
@Repository
class ProjectMembers {
    private final JdbcClient db;
    private final ActivityLog activity;

    ProjectMembers(JdbcClient db, ActivityLog activity) {
        this.db = db;
        this.activity = activity;
    }

    List<ProjectMember> of(CurrentMember me, Project project) {
        return readOf(me, project).on(db);
    }

    Read<List<ProjectMember>> readOf(CurrentMember me, Project project) {
        return Read.list("""
                SELECT u.id AS user_id, u.name, u.email, upper(pm.role) AS role
                FROM project_member pm
                JOIN membership m ON m.organization_id = pm.organization_id AND m.user_id = pm.user_id
                JOIN app_user u ON u.id = pm.user_id
                WHERE pm.organization_id = :org AND pm.project_id = :project AND m.deactivated_at IS NULL
                ORDER BY lower(u.name), u.email
                """, Map.of("org", me.organizationId(), "project", project.id()), ProjectMember.class);
    }

    /** Adds or re-roles an active member of the organisation; false when they are none. */
    @Transactional
    boolean put(CurrentMember me, Project project, UUID userId, ProjectRole role) {
        int changed = db.sql("""
                INSERT INTO project_member (organization_id, project_id, user_id, role)
                SELECT :org, :project, m.user_id, :role FROM membership m
                WHERE m.organization_id = :org AND m.user_id = :user AND m.deactivated_at IS NULL
                ON CONFLICT (organization_id, project_id, user_id) DO UPDATE SET role = EXCLUDED.role
                """)
                .param("org", me.organizationId()).param("project", project.id()).param("user", userId)
                .param("role", role.code())
                .update();
        if (changed > 0) {
            activity.record(me.organizationId(), me.userId(), "project", project.id(), "member_set",
                    Map.of("user", userId.toString(), "role", role.code()));
        }
        return changed > 0;
    }

    @Transactional
    boolean remove(CurrentMember me, Project project, UUID userId) {
        int removed = db.sql("""
                DELETE FROM project_member WHERE organization_id = :org AND project_id = :project AND user_id = :user
                """)
                .param("org", me.organizationId()).param("project", project.id()).param("user", userId)
                .update();
        if (removed > 0) {
            activity.record(me.organizationId(), me.userId(), "project", project.id(), "member_removed",
                    Map.of("user", userId.toString()));
        }
        return removed > 0;
    }
}

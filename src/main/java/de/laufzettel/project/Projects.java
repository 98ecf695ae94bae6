package de.laufzettel.project;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects of an organisation. Every query names the organisation and the caller's active
 * membership in SQL, so no code path can read another organisation's projects.
 */
@Service
public class Projects {
    private static final String ACCESSIBLE = """
            SELECT p.id, p.name, p.description, p.created_by, p.created_at, p.archived_at, p.version
            FROM project p
            WHERE p.organization_id = :org
              AND EXISTS (SELECT 1 FROM membership m
                          WHERE m.organization_id = p.organization_id AND m.user_id = :user
                            AND m.deactivated_at IS NULL)
            """;

    private final JdbcClient db;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;

    Projects(JdbcClient db, ActivityLog activity, ApplicationEventPublisher events) {
        this.db = db;
        this.activity = activity;
        this.events = events;
    }

    /** Active or archived projects the member can see, by name. */
    public List<Project> list(CurrentMember me, boolean archived) {
        return db.sql(ACCESSIBLE + " AND (p.archived_at IS NOT NULL) = :archived ORDER BY lower(p.name), p.id")
                .param("org", me.organizationId()).param("user", me.userId()).param("archived", archived)
                .query(Project.class).list();
    }

    public Optional<Project> findAccessible(CurrentMember me, UUID id) {
        return db.sql(ACCESSIBLE + " AND p.id = :id")
                .param("org", me.organizationId()).param("user", me.userId()).param("id", id)
                .query(Project.class).optional();
    }

    /** Project managers are the organisation's admins and whoever created the project. */
    public static boolean canManage(CurrentMember me, Project project) {
        return me.isAdmin() || project.createdBy().equals(me.userId());
    }

    /** A project the member may rename and archive: 404 when they cannot see it, 403 when they may only look. */
    public Project manageable(CurrentMember me, UUID id) {
        Project project = findAccessible(me, id).orElseThrow(NotFoundException::new);
        if (!canManage(me, project)) {
            throw new ForbiddenException();
        }
        return project;
    }

    @Transactional
    public Project create(CurrentMember me, String name, String description) {
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO project (organization_id, id, name, description, created_by)
                VALUES (:org, :id, :name, :description, :user)
                """)
                .param("org", me.organizationId()).param("id", id).param("name", name)
                .param("description", description).param("user", me.userId())
                .update();
        activity.record(me.organizationId(), me.userId(), "project", id, "created", Map.of("name", name));
        events.publishEvent(new ProjectCreated(me.organizationId(), id, me.userId()));
        return findAccessible(me, id).orElseThrow();
    }

    /**
     * Renames and redescribes a project if nobody changed it since {@code expectedVersion}; false
     * when somebody did, so the caller can show the newer version instead of overwriting it.
     */
    @Transactional
    public boolean update(CurrentMember me, Project project, String name, String description, int expectedVersion) {
        int changed = db.sql("""
                UPDATE project SET name = :name, description = :description, version = version + 1
                WHERE organization_id = :org AND id = :id AND version = :version
                """)
                .param("name", name).param("description", description).param("org", me.organizationId())
                .param("id", project.id()).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!project.name().equals(name)) {
            details.put("name", Map.of("from", project.name(), "to", name));
        }
        if (!project.description().equals(description)) {
            details.put("description", Map.of("from", project.description(), "to", description));
        }
        activity.record(me.organizationId(), me.userId(), "project", project.id(), "updated", details);
        return true;
    }

    /** Archives ({@code true}) or restores ({@code false}) a project; archiving twice changes nothing. */
    @Transactional
    public void setArchived(CurrentMember me, Project project, boolean archived) {
        int changed = db.sql("""
                UPDATE project SET archived_at = CASE WHEN :archived THEN now() END, version = version + 1
                WHERE organization_id = :org AND id = :id AND (archived_at IS NOT NULL) <> :archived
                """)
                .param("archived", archived).param("org", me.organizationId()).param("id", project.id())
                .update();
        if (changed > 0) {
            activity.record(me.organizationId(), me.userId(), "project", project.id(),
                    archived ? "archived" : "restored", Map.of());
        }
    }
}

package de.laufzettel.project;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Read;
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
 * The projects of an organisation. Every query names the organisation, the caller's active
 * membership and their place in the project in SQL: members see the projects they belong to,
 * organisation admins see all of them.
 */
@Service
public class Projects {
    private static final String ACCESSIBLE = """
            SELECT p.id, p.name, p.description, p.created_by, p.created_at, p.archived_at, p.version,
                   CASE WHEN m.role = 'admin' THEN 'ADMIN' ELSE upper(pm.role) END AS my_role
            FROM project p
            JOIN membership m ON m.organization_id = p.organization_id AND m.user_id = :user
                             AND m.deactivated_at IS NULL
            LEFT JOIN project_member pm ON pm.organization_id = p.organization_id AND pm.project_id = p.id
                                       AND pm.user_id = :user
            WHERE p.organization_id = :org AND (m.role = 'admin' OR pm.user_id IS NOT NULL)
            """;

    private final JdbcClient db;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final ProjectMembers members;

    Projects(JdbcClient db, ActivityLog activity, ApplicationEventPublisher events, ProjectMembers members) {
        this.db = db;
        this.activity = activity;
        this.events = events;
        this.members = members;
    }

    /** The project's active members, by name. */
    public List<ProjectMember> members(CurrentMember me, Project project) {
        return members.of(me, project);
    }

    public Read<List<ProjectMember>> readMembers(CurrentMember me, Project project) {
        return members.readOf(me, project);
    }

    /** Gives an active member of the organisation a role in the project; false when they are none. */
    public boolean addMember(CurrentMember me, Project project, UUID userId, ProjectRole role) {
        return members.put(me, project, userId, role);
    }

    /** Active or archived projects the member can see, by name. */
    public List<Project> list(CurrentMember me, boolean archived) {
        return db.sql(ACCESSIBLE + " AND (p.archived_at IS NOT NULL) = :archived ORDER BY lower(p.name), p.id")
                .param("org", me.organizationId()).param("user", me.userId()).param("archived", archived)
                .query(Project.class).list();
    }

    public Optional<Project> findAccessible(CurrentMember me, UUID id) {
        return readAccessible(me, id).on(db);
    }

    public Read<Optional<Project>> readAccessible(CurrentMember me, UUID id) {
        return Read.optional(ACCESSIBLE + " AND p.id = :id",
                Map.of("org", me.organizationId(), "user", me.userId(), "id", id), Project.class);
    }

    /** A project the member may manage: 404 when they cannot see it, 403 when they may only work in it. */
    public Project manageable(CurrentMember me, UUID id) {
        Project project = findAccessible(me, id).orElseThrow(NotFoundException::new);
        if (!project.canManage()) {
            throw new ForbiddenException();
        }
        return project;
    }

    /** A project the member may work in (tasks): 404 when they cannot see it, 403 when they may only read. */
    public Project editable(CurrentMember me, UUID id) {
        Project project = findAccessible(me, id).orElseThrow(NotFoundException::new);
        if (!project.canEdit()) {
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
        db.sql("""
                INSERT INTO project_member (organization_id, project_id, user_id, role) VALUES (:org, :id, :user, 'admin')
                """)
                .param("org", me.organizationId()).param("id", id).param("user", me.userId())
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

package de.laufzettel.task;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Read;
import de.laufzettel.live.BoardSignal;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.ProjectAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tags of a project and the tasks that carry them. */
@Repository
public class Tags {
    private final JdbcClient db;
    private final ActivityLog activity;
    private final BoardSignal signal;

    Tags(JdbcClient db, ActivityLog activity, BoardSignal signal) {
        this.db = db;
        this.activity = activity;
        this.signal = signal;
    }

    /** The project's tags by name. */
    public List<Tag> of(CurrentMember me, UUID projectId) {
        return readOf(me, projectId).on(db);
    }

    public Read<List<Tag>> readOf(CurrentMember me, UUID projectId) {
        return Read.list("SELECT id, name, colour FROM tag WHERE organization_id = :org AND project_id = :project AND "
                        + ProjectAccess.visible(":project") + " ORDER BY lower(name), id",
                Map.of("org", me.organizationId(), "project", projectId, "user", me.userId()), Tag.class);
    }

    Optional<Tag> find(CurrentMember me, UUID projectId, UUID id) {
        return of(me, projectId).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The project's tags, and which of them the task carries, in one round trip. */
    public Read<TagChoices> readChoicesFor(CurrentMember me, Task task) {
        return new Read<>("""
                SELECT g.id, g.name, g.colour, tt.tag_id IS NOT NULL AS chosen
                FROM tag g
                LEFT JOIN task_tag tt ON tt.organization_id = g.organization_id AND tt.tag_id = g.id
                     AND tt.task_id = :task
                WHERE g.organization_id = :org AND g.project_id = :project AND
                """ + ProjectAccess.visible(":project") + " ORDER BY lower(g.name), g.id",
                Map.of("org", me.organizationId(), "project", task.projectId(), "user", me.userId(), "task", task.id()),
                rs -> {
                    List<Tag> project = new ArrayList<>();
                    Set<UUID> onTask = new HashSet<>();
                    while (rs.next()) {
                        Tag tag = new Tag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3));
                        project.add(tag);
                        if (rs.getBoolean(4)) {
                            onTask.add(tag.id());
                        }
                    }
                    return new TagChoices(project, onTask);
                });
    }

    /** What a task's dialog offers: the project's tags, and which of them the task carries. */
    public record TagChoices(List<Tag> project, Set<UUID> onTask) {
    }

    /** Whether another tag of the project already has this name (case ignored). */
    boolean nameTaken(CurrentMember me, Project project, String name, UUID except) {
        return of(me, project.id()).stream()
                .anyMatch(t -> t.name().equalsIgnoreCase(name) && !t.id().equals(except));
    }

    @Transactional
    public void create(CurrentMember me, Project project, String name, String colour) {
        UUID id = Ids.newId();
        db.sql("INSERT INTO tag (organization_id, id, project_id, name, colour) VALUES (:org, :id, :project, :name, :colour)")
                .param("org", me.organizationId()).param("id", id).param("project", project.id())
                .param("name", name).param("colour", colour)
                .update();
        activity.record(me.organizationId(), me.userId(), "tag", id, "created", Map.of("name", name, "colour", colour));
        signal.changed(me.organizationId(), project.id());
    }

    @Transactional
    void update(CurrentMember me, Project project, Tag tag, String name, String colour) {
        db.sql("UPDATE tag SET name = :name, colour = :colour WHERE organization_id = :org AND project_id = :project AND id = :id")
                .param("name", name).param("colour", colour).param("org", me.organizationId())
                .param("project", project.id()).param("id", tag.id())
                .update();
        activity.record(me.organizationId(), me.userId(), "tag", tag.id(), "updated",
                Map.of("name", Map.of("from", tag.name(), "to", name), "colour", Map.of("from", tag.colour(), "to", colour)));
        signal.changed(me.organizationId(), project.id());
    }

    @Transactional
    void delete(CurrentMember me, Project project, Tag tag) {
        db.sql("DELETE FROM tag WHERE organization_id = :org AND project_id = :project AND id = :id")
                .param("org", me.organizationId()).param("project", project.id()).param("id", tag.id())
                .update();
        activity.record(me.organizationId(), me.userId(), "tag", tag.id(), "deleted", Map.of("name", tag.name()));
        signal.changed(me.organizationId(), project.id());
    }

    /** Sets exactly these tags (all of this project) on a task. */
    @Transactional
    public void setOnTask(CurrentMember me, Project project, Task task, Set<UUID> tagIds) {
        db.sql("DELETE FROM task_tag WHERE organization_id = :org AND task_id = :task")
                .param("org", me.organizationId()).param("task", task.id()).update();
        for (UUID tagId : tagIds) {
            db.sql("""
                    INSERT INTO task_tag (organization_id, project_id, task_id, tag_id)
                    VALUES (:org, :project, :task, :tag)
                    """)
                    .param("org", me.organizationId()).param("project", project.id()).param("task", task.id())
                    .param("tag", tagId)
                    .update();
        }
        activity.record(me.organizationId(), me.userId(), "task", task.id(), "tagged",
                Map.of("tags", tagIds.stream().map(UUID::toString).sorted().toList()));
        signal.changed(me.organizationId(), project.id());
    }
}

package de.laufzettel.comment;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Read;
import de.laufzettel.live.BoardSignal;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.ProjectAccess;
import de.laufzettel.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on tasks and the watchers they bring. */
@Service
public class Comments {
    private static final String COLUMNS = """
            SELECT c.id, c.author_id, u.name AS author_name, c.body, c.created_at, c.edited_at
            FROM comment c JOIN app_user u ON u.id = c.author_id
            """;

    private final JdbcClient db;
    private final ActivityLog activity;
    private final BoardSignal signal;

    Comments(JdbcClient db, ActivityLog activity, BoardSignal signal) {
        this.db = db;
        this.activity = activity;
        this.signal = signal;
    }

    /** A task's comments, oldest first. */
    public List<Comment> of(CurrentMember me, Task task) {
        return readOf(me, task).on(db);
    }

    public Read<List<Comment>> readOf(CurrentMember me, Task task) {
        return Read.list(COLUMNS + " WHERE c.organization_id = :org AND c.task_id = :task AND "
                        + ProjectAccess.visible(":project") + " ORDER BY c.created_at, c.id",
                Map.of("org", me.organizationId(), "task", task.id(), "project", task.projectId(), "user", me.userId()),
                Comment.class);
    }

    public Optional<Comment> find(CurrentMember me, Task task, UUID id) {
        return of(me, task).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Adds a comment; mentioned people (and the author) become watchers of the task. */
    @Transactional
    public UUID add(CurrentMember me, Task task, String body, Set<UUID> mentioned) {
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO comment (organization_id, id, project_id, task_id, author_id, body)
                VALUES (:org, :id, :project, :task, :author, :body)
                """)
                .param("org", me.organizationId()).param("id", id).param("project", task.projectId())
                .param("task", task.id()).param("author", me.userId()).param("body", body)
                .update();
        watch(me, task, me.userId());
        for (UUID person : mentioned) {
            watch(me, task, person);
        }
        activity.record(me.organizationId(), me.userId(), "task", task.id(), "commented",
                Map.of("comment", id.toString(), "mentioned", mentioned.stream().map(UUID::toString).toList()));
        signal.changed(me.organizationId(), task.projectId());
        return id;
    }

    /** Changes one's own comment; false when it is not one's own. */
    @Transactional
    public boolean edit(CurrentMember me, Task task, UUID id, String body, Set<UUID> mentioned) {
        int changed = db.sql("""
                UPDATE comment SET body = :body, edited_at = now()
                WHERE organization_id = :org AND task_id = :task AND id = :id AND author_id = :author
                """)
                .param("body", body).param("org", me.organizationId()).param("task", task.id()).param("id", id)
                .param("author", me.userId())
                .update();
        if (changed > 0) {
            mentioned.forEach(person -> watch(me, task, person));
            activity.record(me.organizationId(), me.userId(), "task", task.id(), "comment_edited",
                    Map.of("comment", id.toString()));
        }
        return changed > 0;
    }

    /** Deletes one's own comment; false when it is not one's own. */
    @Transactional
    public boolean delete(CurrentMember me, Task task, UUID id) {
        int deleted = db.sql("""
                DELETE FROM comment WHERE organization_id = :org AND task_id = :task AND id = :id AND author_id = :author
                """)
                .param("org", me.organizationId()).param("task", task.id()).param("id", id).param("author", me.userId())
                .update();
        if (deleted > 0) {
            activity.record(me.organizationId(), me.userId(), "task", task.id(), "comment_deleted",
                    Map.of("comment", id.toString()));
            signal.changed(me.organizationId(), task.projectId());
        }
        return deleted > 0;
    }

    /** The people watching a task. */
    public Read<Set<UUID>> readWatchers(CurrentMember me, Task task) {
        return Read.list("SELECT user_id FROM task_watcher WHERE organization_id = :org AND task_id = :task",
                Map.of("org", me.organizationId(), "task", task.id()), UUID.class).then(Set::copyOf);
    }

    /** Makes someone a watcher; true when they were not one yet. */
    @Transactional
    boolean watch(CurrentMember me, Task task, UUID person) {
        return db.sql("""
                INSERT INTO task_watcher (organization_id, project_id, task_id, user_id)
                VALUES (:org, :project, :task, :user) ON CONFLICT DO NOTHING
                """)
                .param("org", me.organizationId()).param("project", task.projectId()).param("task", task.id())
                .param("user", person)
                .update() > 0;
    }

    /** Adds or removes someone else as a watcher, recorded in the task's history when it changed anything. */
    @Transactional
    void setWatcher(CurrentMember me, Task task, UUID person, boolean watching) {
        if (watching ? watch(me, task, person) : unwatch(me, task, person)) {
            activity.record(me.organizationId(), me.userId(), "task", task.id(),
                    watching ? "watcher_added" : "watcher_removed", java.util.Map.of("user", person.toString()));
        }
    }

    /** Ends someone's watching; true when they were watching. */
    @Transactional
    boolean unwatch(CurrentMember me, Task task, UUID person) {
        return db.sql("DELETE FROM task_watcher WHERE organization_id = :org AND task_id = :task AND user_id = :user")
                .param("org", me.organizationId()).param("task", task.id()).param("user", person)
                .update() > 0;
    }
}

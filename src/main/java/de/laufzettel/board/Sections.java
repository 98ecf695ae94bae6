package de.laufzettel.board;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Rank;
import de.laufzettel.database.Read;
import de.laufzettel.live.BoardSignal;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The sections of a project's board, in order. Callers pass a project they found through access checks. */
@Repository
public class Sections {
    private final JdbcClient db;
    private final ActivityLog activity;
    private final BoardSignal signal;

    Sections(JdbcClient db, ActivityLog activity, BoardSignal signal) {
        this.db = db;
        this.activity = activity;
        this.signal = signal;
    }

    /** The sections of a project in board order. */
    public List<Section> of(UUID organizationId, UUID projectId) {
        return readOf(organizationId, projectId).on(db);
    }

    public Read<List<Section>> readOf(UUID organizationId, UUID projectId) {
        return Read.list("""
                SELECT id, name, rank FROM section
                WHERE organization_id = :org AND project_id = :project
                ORDER BY rank, id
                """, Map.of("org", organizationId, "project", projectId), Section.class);
    }

    public Optional<Section> find(UUID organizationId, UUID projectId, UUID id) {
        return db.sql("""
                SELECT id, name, rank FROM section
                WHERE organization_id = :org AND project_id = :project AND id = :id
                """)
                .param("org", organizationId).param("project", projectId).param("id", id)
                .query(Section.class).optional();
    }

    /** Adds sections at the end of the board, in the given order. */
    @Transactional
    public List<UUID> append(UUID organizationId, UUID projectId, UUID actorId, List<String> names) {
        String last = db.sql("""
                SELECT max(rank) FROM section WHERE organization_id = :org AND project_id = :project
                """)
                .param("org", organizationId).param("project", projectId)
                .query(String.class).optional().orElse(null);
        List<UUID> ids = new java.util.ArrayList<>();
        for (String name : names) {
            last = Rank.after(last);
            UUID id = Ids.newId();
            ids.add(id);
            db.sql("""
                    INSERT INTO section (organization_id, id, project_id, name, rank)
                    VALUES (:org, :id, :project, :name, :rank)
                    """)
                    .param("org", organizationId).param("id", id).param("project", projectId)
                    .param("name", name).param("rank", last)
                    .update();
            activity.record(organizationId, actorId, "section", id, "created", Map.of("name", name));
        }
        signal.changed(organizationId, projectId);
        return ids;
    }

    @Transactional
    public void rename(CurrentMember me, Project project, Section section, String name) {
        db.sql("UPDATE section SET name = :name WHERE organization_id = :org AND project_id = :project AND id = :id")
                .param("name", name).param("org", me.organizationId()).param("project", project.id())
                .param("id", section.id())
                .update();
        activity.record(me.organizationId(), me.userId(), "section", section.id(), "renamed",
                Map.of("from", section.name(), "to", name));
        signal.changed(me.organizationId(), project.id());
    }

    /** Puts a section at a position (1 = first) among the others. */
    @Transactional
    public void move(CurrentMember me, Project project, Section section, int position) {
        // Lock the project's sections so that two reorders cannot compute the same rank.
        List<String> others = db.sql("""
                SELECT rank FROM section WHERE organization_id = :org AND project_id = :project AND id <> :id
                ORDER BY rank, id FOR UPDATE
                """)
                .param("org", me.organizationId()).param("project", project.id()).param("id", section.id())
                .query(String.class).list();
        int index = Math.min(position - 1, others.size());
        String before = index == 0 ? null : others.get(index - 1);
        String after = index >= others.size() ? null : others.get(index);
        db.sql("UPDATE section SET rank = :rank WHERE organization_id = :org AND id = :id")
                .param("rank", Rank.between(before, after)).param("org", me.organizationId()).param("id", section.id())
                .update();
        activity.record(me.organizationId(), me.userId(), "section", section.id(), "moved", Map.of("position", position));
        signal.changed(me.organizationId(), project.id());
    }

    /** Deletes a section, first moving its tasks (if any) to the end of {@code moveTo}. */
    @Transactional
    void delete(CurrentMember me, Project project, Section section, UUID moveTo, de.laufzettel.task.Tasks tasks) {
        if (moveTo != null && !moveTo.equals(section.id())) {
            tasks.moveAll(me, project, section.id(), moveTo);
        }
        db.sql("DELETE FROM section WHERE organization_id = :org AND project_id = :project AND id = :id")
                .param("org", me.organizationId()).param("project", project.id()).param("id", section.id())
                .update();
        activity.record(me.organizationId(), me.userId(), "section", section.id(), "deleted",
                Map.of("name", section.name()));
        signal.changed(me.organizationId(), project.id());
    }
}

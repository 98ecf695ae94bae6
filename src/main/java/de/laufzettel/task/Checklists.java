package de.laufzettel.task;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Rank;
import de.laufzettel.database.Read;
import de.laufzettel.live.BoardSignal;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task's checklists and their items. Every statement names the organisation and the task, so an
 * ID from another task or organisation finds nothing.
 */
@Repository
public class Checklists {
    private final JdbcClient db;
    private final ActivityLog activity;
    private final BoardSignal signal;

    Checklists(JdbcClient db, ActivityLog activity, BoardSignal signal) {
        this.db = db;
        this.activity = activity;
        this.signal = signal;
    }

    /** A task's checklists with their items, in order. */
    public List<Checklist> of(CurrentMember me, Task task) {
        return readOf(me, task).on(db);
    }

    public Read<List<Checklist>> readOf(CurrentMember me, Task task) {
        return new Read<>("""
                SELECT c.id, c.title, i.id, i.text, i.done_at IS NOT NULL
                FROM checklist c
                LEFT JOIN checklist_item i ON i.organization_id = c.organization_id AND i.checklist_id = c.id
                WHERE c.organization_id = :org AND c.task_id = :task
                ORDER BY c.rank, c.id, i.rank, i.id
                """, Map.of("org", me.organizationId(), "task", task.id()), rs -> {
                    Map<UUID, Checklist> lists = new LinkedHashMap<>();
                    while (rs.next()) {
                        String title = rs.getString(2);
                        Checklist list = lists.computeIfAbsent(rs.getObject(1, UUID.class),
                                id -> new Checklist(id, title, new ArrayList<>()));
                        UUID itemId = rs.getObject(3, UUID.class);
                        if (itemId != null) {
                            list.items().add(new Checklist.Item(itemId, rs.getString(4), rs.getBoolean(5)));
                        }
                    }
                    return List.copyOf(lists.values());
                });
    }

    @Transactional
    public UUID create(CurrentMember me, Task task, String title) {
        return create(me, task, title, List.of());
    }

    /**
     * A checklist with its first items (as the API creates them): one activity entry and one
     * signal for all, not one per item, so a webhook hears of one change.
     */
    @Transactional
    public UUID create(CurrentMember me, Task task, String title, List<String> items) {
        String last = db.sql("SELECT max(rank) FROM checklist WHERE organization_id = :org AND task_id = :task")
                .param("org", me.organizationId()).param("task", task.id()).query(String.class).optional().orElse(null);
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO checklist (organization_id, id, project_id, task_id, title, rank)
                VALUES (:org, :id, :project, :task, :title, :rank)
                """)
                .param("org", me.organizationId()).param("id", id).param("project", task.projectId())
                .param("task", task.id()).param("title", title).param("rank", Rank.after(last))
                .update();
        if (!items.isEmpty()) {
            db.sql("""
                    INSERT INTO checklist_item (organization_id, id, project_id, task_id, checklist_id, text, rank)
                    SELECT :org, i.id, :project, :task, :list, i.text, i.rank
                    FROM unnest(CAST(:ids AS uuid[]), CAST(:texts AS text[]), CAST(:ranks AS text[])) AS i (id, text, rank)
                    """)
                    .param("org", me.organizationId()).param("project", task.projectId()).param("task", task.id())
                    .param("list", id).param("ids", items.stream().map(item -> Ids.newId()).toArray(UUID[]::new))
                    .param("texts", items.toArray(String[]::new))
                    .param("ranks", Rank.sequence(items.size()).toArray(String[]::new))
                    .update();
        }
        changed(me, task, "checklist_created", items.isEmpty() ? Map.of("title", title)
                : Map.of("title", title, "items", items.size()));
        return id;
    }

    @Transactional
    public void rename(CurrentMember me, Task task, UUID checklistId, String title) {
        require(db.sql("UPDATE checklist SET title = :title WHERE organization_id = :org AND task_id = :task AND id = :id")
                .param("title", title).param("org", me.organizationId()).param("task", task.id()).param("id", checklistId)
                .update());
        changed(me, task, "checklist_renamed", Map.of("title", title));
    }

    @Transactional
    public void delete(CurrentMember me, Task task, UUID checklistId) {
        require(db.sql("DELETE FROM checklist WHERE organization_id = :org AND task_id = :task AND id = :id")
                .param("org", me.organizationId()).param("task", task.id()).param("id", checklistId).update());
        changed(me, task, "checklist_deleted", Map.of());
    }

    @Transactional
    public UUID addItem(CurrentMember me, Task task, UUID checklistId, String text) {
        lockChecklist(me, task, checklistId);
        String last = db.sql("SELECT max(rank) FROM checklist_item WHERE organization_id = :org AND checklist_id = :list")
                .param("org", me.organizationId()).param("list", checklistId).query(String.class).optional().orElse(null);
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO checklist_item (organization_id, id, project_id, task_id, checklist_id, text, rank)
                VALUES (:org, :id, :project, :task, :list, :text, :rank)
                """)
                .param("org", me.organizationId()).param("id", id).param("project", task.projectId())
                .param("task", task.id()).param("list", checklistId).param("text", text).param("rank", Rank.after(last))
                .update();
        changed(me, task, "item_added", Map.of("text", text));
        return id;
    }

    @Transactional
    public void editItem(CurrentMember me, Task task, UUID checklistId, UUID itemId, String text) {
        require(db.sql("""
                UPDATE checklist_item SET text = :text
                WHERE organization_id = :org AND task_id = :task AND checklist_id = :list AND id = :id
                """)
                .param("text", text).param("org", me.organizationId()).param("task", task.id())
                .param("list", checklistId).param("id", itemId).update());
        changed(me, task, "item_edited", Map.of("text", text));
    }

    @Transactional
    public void setDone(CurrentMember me, Task task, UUID checklistId, UUID itemId, boolean done) {
        require(db.sql("""
                UPDATE checklist_item SET done_at = CASE WHEN :done THEN coalesce(done_at, now()) END,
                                          done_by = CASE WHEN :done THEN coalesce(done_by, CAST(:user AS uuid)) END
                WHERE organization_id = :org AND task_id = :task AND checklist_id = :list AND id = :id
                """)
                .param("done", done).param("user", me.userId().toString()).param("org", me.organizationId())
                .param("task", task.id()).param("list", checklistId).param("id", itemId).update());
        changed(me, task, done ? "item_checked" : "item_unchecked", Map.of("item", itemId.toString()));
    }

    @Transactional
    public void deleteItem(CurrentMember me, Task task, UUID checklistId, UUID itemId) {
        require(db.sql("""
                DELETE FROM checklist_item
                WHERE organization_id = :org AND task_id = :task AND checklist_id = :list AND id = :id
                """)
                .param("org", me.organizationId()).param("task", task.id()).param("list", checklistId)
                .param("id", itemId).update());
        changed(me, task, "item_deleted", Map.of("item", itemId.toString()));
    }

    /** Puts an item at a position (1 = first) in its checklist. */
    @Transactional
    public void moveItem(CurrentMember me, Task task, UUID checklistId, UUID itemId, int position) {
        lockChecklist(me, task, checklistId);
        List<String> others = db.sql("""
                SELECT rank FROM checklist_item
                WHERE organization_id = :org AND checklist_id = :list AND id <> :id ORDER BY rank, id
                """)
                .param("org", me.organizationId()).param("list", checklistId).param("id", itemId)
                .query(String.class).list();
        int index = Math.min(Math.max(position, 1) - 1, others.size());
        String rank = Rank.between(index == 0 ? null : others.get(index - 1), index >= others.size() ? null : others.get(index));
        require(db.sql("""
                UPDATE checklist_item SET rank = :rank
                WHERE organization_id = :org AND task_id = :task AND checklist_id = :list AND id = :id
                """)
                .param("rank", rank).param("org", me.organizationId()).param("task", task.id())
                .param("list", checklistId).param("id", itemId).update());
        changed(me, task, "item_moved", Map.of("position", position));
    }

    private void lockChecklist(CurrentMember me, Task task, UUID checklistId) {
        db.sql("SELECT id FROM checklist WHERE organization_id = :org AND task_id = :task AND id = :id FOR UPDATE")
                .param("org", me.organizationId()).param("task", task.id()).param("id", checklistId)
                .query(UUID.class).optional().orElseThrow(NotFoundException::new);
    }

    private static void require(int changedRows) {
        if (changedRows == 0) {
            throw new NotFoundException();
        }
    }

    private void changed(CurrentMember me, Task task, String action, Map<String, ?> details) {
        activity.record(me.organizationId(), me.userId(), "task", task.id(), action, new LinkedHashMap<>(details));
        signal.changed(me.organizationId(), task.projectId());
    }
}

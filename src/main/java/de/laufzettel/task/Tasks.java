package de.laufzettel.task;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Rank;
import de.laufzettel.database.Read;
import de.laufzettel.live.BoardSignal;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.ProjectAccess;
import de.laufzettel.web.NotFoundException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks of a project. Reads name the organisation and the caller's membership in SQL; callers pass
 * a project they found through {@code Projects.findAccessible}.
 */
@Service
public class Tasks {
    public static final int TITLE_MAX = 500;
    public static final int NOTES_MAX = 100_000;

    private static final String ACCESSIBLE = """
            FROM task t
            WHERE t.organization_id = :org AND t.project_id = :project AND t.trashed_at IS NULL
              AND
            """ + ProjectAccess.visible(":project");

    private final JdbcClient db;
    private final ActivityLog activity;
    private final BoardSignal signal;
    private final TaskNumbers numbers;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    Tasks(JdbcClient db, ActivityLog activity, BoardSignal signal, TaskNumbers numbers,
            org.springframework.transaction.support.TransactionTemplate tx) {
        this.db = db;
        this.activity = activity;
        this.signal = signal;
        this.numbers = numbers;
        this.tx = tx;
    }

    /** The cards of a project that pass the filter, in board order within each section. */
    public List<TaskCard> cards(CurrentMember me, UUID projectId, BoardFilter filter, List<Tag> projectTagList) {
        Map<String, Object> params = new java.util.HashMap<>();
        String conditions = filter.sql(params, me.userId());
        // A join rather than a sub-select per card: for a thousand cards PostgreSQL then reads the
        // assignees once (measured 6.7 ms → 2 ms for the benchmark board). Tags and counts are kept
        // on the task row (see V12__card_figures_on_the_task.sql); the tags' names come from the
        // project's few tags ({@code projectTagList}, which the board page shows in its filter too),
        // in the order the project lists them.
        Map<String, Tag> projectTags = new java.util.LinkedHashMap<>();
        projectTagList.forEach(tag -> projectTags.put(tag.id().toString(), tag));
        return db.sql("SELECT t.section_id, t.number, t.title, t.completed_at IS NOT NULL AS completed, "
                        + "au.name, t.due_date, t.due_time, t.id, array_to_string(t.tag_ids, ' '), t.checklist_done, t.checklist_total, "
                        + "t.comment_count, t.attachment_count, t.rank "
                        + ACCESSIBLE.replace("FROM task t", "FROM task t LEFT JOIN app_user au ON au.id = t.assignee_id")
                        + conditions)
                .param("org", me.organizationId()).param("project", projectId).param("user", me.userId())
                .params(params)
                .query((rs, row) -> new Placed(rs.getString(14), new TaskCard(rs.getObject(8, UUID.class),
                        rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                        Due.of(rs.getObject(6, LocalDate.class), rs.getObject(7, LocalTime.class)),
                        tagsOf(rs.getString(9), projectTags),
                        rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13))))
                .list().stream()
                // Sorted here rather than by PostgreSQL, where sorting a thousand wide rows took
                // half of the query's time; the same order as SQL's "rank, id" (UUIDs byte-wise).
                .sorted(BOARD_ORDER)
                .map(Placed::card)
                .toList();
    }

    private record Placed(String rank, TaskCard card) {
    }

    // Written out rather than chained (Comparator.comparing…thenComparing): sorting a thousand cards
    // through the chain's lambdas was 4% of the board page's CPU time.
    private static final java.util.Comparator<Placed> BOARD_ORDER = (a, b) -> {
        int byRank = a.rank().compareTo(b.rank());
        if (byRank != 0) {
            return byRank;
        }
        UUID x = a.card().id();
        UUID y = b.card().id();
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    };

    /**
     * The card's tags, from their IDs separated by spaces (read as text: decoding a JDBC array for
     * each of a thousand cards cost a tenth of the board page), in the project's order.
     */
    private static List<Tag> tagsOf(String ids, Map<String, Tag> projectTags) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.indexOf(' ') < 0) {
            Tag tag = projectTags.get(ids);
            return tag == null ? List.of() : List.of(tag);
        }
        return projectTags.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    public Optional<Task> find(CurrentMember me, UUID projectId, long number) {
        return readByNumber(me, projectId, number).on(db);
    }

    public Read<Optional<Task>> readByNumber(CurrentMember me, UUID projectId, long number) {
        return Read.list("""
                SELECT t.id, t.project_id, t.section_id, t.number, t.title, t.notes, t.version, t.created_at,
                       (SELECT u.name FROM app_user u WHERE u.id = t.created_by) AS created_by_name, t.completed_at,
                       t.assignee_id, (SELECT u.name FROM app_user u WHERE u.id = t.assignee_id) AS assignee_name,
                       t.due_date, t.due_time
                """ + ACCESSIBLE + " AND t.number = :number",
                Map.of("org", me.organizationId(), "project", projectId, "user", me.userId(), "number", number),
                (rs, row) -> new Task(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                        rs.getObject("section_id", UUID.class), rs.getLong("number"), rs.getString("title"),
                        rs.getString("notes"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("created_by_name"), rs.getObject("completed_at", OffsetDateTime.class),
                        rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"),
                        Due.of(rs.getObject("due_date", LocalDate.class), rs.getObject("due_time", LocalTime.class))))
                .then(found -> found.stream().findFirst()); // the number is unique in the organisation
    }

    /** Creates a task at the end of a section of the project; 404 when the section is not the project's. */
    public TaskCard create(CurrentMember me, Project project, UUID sectionId, String title) {
        long number = org.springframework.transaction.support.TransactionSynchronizationManager
                .isActualTransactionActive() ? numbers.next(me.organizationId()) : numbers.nextAlone(me.organizationId());
        return tx.execute(status -> createNumbered(me, project, sectionId, number, new TaskChanges(title, "", null, null)));
    }

    /**
     * A task number taken on its own, before a transaction that creates the task with it
     * ({@link #create(CurrentMember, Project, UUID, String, long)}): that transaction then holds no
     * lock on the organisation's counter, which every task creation there needs. A number whose
     * task is never created stays a gap.
     */
    public long reserveNumber(CurrentMember me) {
        return numbers.nextAlone(me.organizationId());
    }

    /** Creates a task with a number from {@link #reserveNumber}, in the caller's transaction if there is one. */
    public TaskCard create(CurrentMember me, Project project, UUID sectionId, String title, long number) {
        return create(me, project, sectionId, number, new TaskChanges(title, "", null, null));
    }

    /**
     * Creates a task with its notes, assignee and due date from the start (as the API does), in one
     * row and one activity entry: the assignee is told of the assignment, and a webhook hears of a
     * complete task once instead of an empty one and then a change.
     */
    public TaskCard create(CurrentMember me, Project project, UUID sectionId, long number, TaskChanges initial) {
        return tx.execute(status -> createNumbered(me, project, sectionId, number, initial));
    }

    private TaskCard createNumbered(CurrentMember me, Project project, UUID sectionId, long number,
            TaskChanges initial) {
        requireSection(me, project, sectionId);
        String last = db.sql("SELECT max(rank) FROM task WHERE organization_id = :org AND section_id = :section")
                .param("org", me.organizationId()).param("section", sectionId)
                .query(String.class).optional().orElse(null);
        UUID id = Ids.newId();
        Due due = initial.due();
        db.sql("""
                INSERT INTO task (organization_id, id, project_id, section_id, number, title, notes, assignee_id,
                                  due_date, due_time, rank, created_by)
                VALUES (:org, :id, :project, :section, :number, :title, :notes, :assignee, :dueDate, :dueTime, :rank, :user)
                """)
                .param("org", me.organizationId()).param("id", id).param("project", project.id())
                .param("section", sectionId).param("number", number).param("title", initial.title())
                .param("notes", initial.notes()).param("assignee", initial.assigneeId())
                .param("dueDate", due == null ? null : due.date()).param("dueTime", due == null ? null : due.time())
                .param("rank", Rank.spread(Rank.after(last))).param("user", me.userId())
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", number);
        details.put("title", initial.title());
        if (initial.assigneeId() != null) {
            details.put("assignee", Map.of("from", "null", "to", initial.assigneeId().toString()));
        }
        if (due != null) {
            details.put("due", Map.of("from", "null", "to", due.isoDate()));
        }
        activity.record(me.organizationId(), me.userId(), "task", id, "created", details);
        signal.changed(me.organizationId(), project.id());
        return new TaskCard(id, sectionId, number, initial.title(), false, null, null, List.of(), 0, 0, 0, 0);
    }

    /**
     * Changes title and notes unless someone else changed the task since {@code expectedVersion};
     * then false, and the caller shows the other version.
     */
    @Transactional
    public boolean update(CurrentMember me, Task task, TaskChanges changes, int expectedVersion) {
        String title = changes.title();
        String notes = changes.notes();
        Due due = changes.due();
        int changed = db.sql("""
                UPDATE task SET title = :title, notes = :notes, assignee_id = :assignee, due_date = :dueDate,
                                due_time = :dueTime, version = version + 1, updated_at = now()
                WHERE organization_id = :org AND id = :id AND version = :version
                """)
                .param("title", title).param("notes", notes).param("assignee", changes.assigneeId())
                .param("dueDate", due == null ? null : due.date()).param("dueTime", due == null ? null : due.time())
                .param("org", me.organizationId()).param("id", task.id()).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!task.title().equals(title)) {
            details.put("title", Map.of("from", task.title(), "to", title));
        }
        if (!task.notes().equals(notes)) {
            details.put("notes", "changed");
        }
        if (!java.util.Objects.equals(task.assigneeId(), changes.assigneeId())) {
            details.put("assignee", Map.of("from", String.valueOf(task.assigneeId()),
                    "to", String.valueOf(changes.assigneeId())));
        }
        if (!java.util.Objects.equals(task.due(), due)) {
            details.put("due", Map.of("from", String.valueOf(task.due() == null ? null : task.due().isoDate()),
                    "to", String.valueOf(due == null ? null : due.isoDate())));
        }
        if (!details.isEmpty()) {
            activity.record(me.organizationId(), me.userId(), "task", task.id(), "updated", details);
        }
        signal.changed(me.organizationId(), task.projectId());
        return true;
    }

    /**
     * Moves a task into a section of its project at a position (1 = top) among the open tasks
     * there. A move changes the task's own row only, so it can never lose or duplicate a task.
     * No lock is taken: two people placing tasks at the same spot at once get different keys
     * ({@link Rank#spread}); a section lock held until the commit had made moves into one section
     * queue behind each other's disk flushes.
     */
    @Transactional
    public void move(CurrentMember me, Project project, Task task, UUID sectionId, int position) {
        // The section (404 unless it is one of the project's; its foreign key guards against
        // deletion meanwhile) and the neighbours at the new place, in one statement.
        List<String> found = db.sql("""
                SELECT n.rank FROM section s
                LEFT JOIN LATERAL (
                    SELECT rank, id FROM task
                    WHERE organization_id = s.organization_id AND section_id = s.id AND id <> :id
                      AND completed_at IS NULL AND trashed_at IS NULL
                    ORDER BY rank, id OFFSET :offset LIMIT 2
                ) n ON true
                WHERE s.organization_id = :org AND s.project_id = :project AND s.id = :section
                ORDER BY n.rank, n.id
                """)
                .param("org", me.organizationId()).param("project", project.id()).param("section", sectionId)
                .param("id", task.id()).param("offset", Math.max(0, position - 2))
                .query(String.class).list();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        List<String> neighbours = found.stream().filter(java.util.Objects::nonNull).toList();
        String before = position <= 1 || neighbours.isEmpty() ? null : neighbours.get(0);
        String after = position <= 1 ? (neighbours.isEmpty() ? null : neighbours.get(0))
                : neighbours.size() > 1 ? neighbours.get(1) : null;
        if (before == null && after == null && position > 1) {
            before = lastRank(me, sectionId, task.id());
        }
        if (before != null && after != null && before.compareTo(after) >= 0) {
            after = null; // equal neighbours can only come from old data; never fail a move over it
        }
        db.sql("""
                UPDATE task SET section_id = :section, rank = :rank, version = version + 1, updated_at = now()
                WHERE organization_id = :org AND id = :id
                """)
                .param("section", sectionId).param("rank", Rank.spread(Rank.between(before, after)))
                .param("org", me.organizationId()).param("id", task.id())
                .update();
        activity.record(me.organizationId(), me.userId(), "task", task.id(), "moved",
                Map.of("fromSection", task.sectionId().toString(), "toSection", sectionId.toString(),
                        "position", position));
        signal.changed(me.organizationId(), project.id());
    }

    /** Completes ({@code true}) or reopens a task; doing it twice changes nothing. */
    @Transactional
    public void setCompleted(CurrentMember me, Task task, boolean completed) {
        int changed = db.sql("""
                UPDATE task SET completed_at = CASE WHEN :completed THEN now() END,
                                completed_by = CASE WHEN :completed THEN CAST(:user AS uuid) END,
                                version = version + 1, updated_at = now()
                WHERE organization_id = :org AND id = :id AND (completed_at IS NOT NULL) <> :completed
                """)
                .param("completed", completed).param("user", me.userId().toString())
                .param("org", me.organizationId()).param("id", task.id())
                .update();
        if (changed > 0) {
            activity.record(me.organizationId(), me.userId(), "task", task.id(),
                    completed ? "completed" : "reopened", Map.of());
            signal.changed(me.organizationId(), task.projectId());
        }
    }

    /** Moves every task of one section to the end of another, keeping their order; for deleting a section. */
    @Transactional
    public int moveAll(CurrentMember me, Project project, UUID fromSection, UUID toSection) {
        lockSection(me, project, toSection);
        String last = lastRank(me, toSection, Ids.newId());
        List<UUID> ids = db.sql("""
                SELECT id FROM task WHERE organization_id = :org AND project_id = :project AND section_id = :section
                ORDER BY rank, id
                """)
                .param("org", me.organizationId()).param("project", project.id()).param("section", fromSection)
                .query(UUID.class).list();
        for (UUID id : ids) {
            last = Rank.after(last);
            db.sql("""
                    UPDATE task SET section_id = :section, rank = :rank, version = version + 1, updated_at = now()
                    WHERE organization_id = :org AND id = :id
                    """)
                    .param("section", toSection).param("rank", last).param("org", me.organizationId()).param("id", id)
                    .update();
        }
        signal.changed(me.organizationId(), project.id());
        return ids.size();
    }

    /** How many tasks (open, completed or trashed) a section holds. */
    public int countIn(CurrentMember me, UUID sectionId) {
        return db.sql("SELECT count(*) FROM task WHERE organization_id = :org AND section_id = :section")
                .param("org", me.organizationId()).param("section", sectionId).query(Integer.class).single();
    }

    /** Every task of the project (trashed ones too) by ID, with its number; for the project's feed. */
    public Map<UUID, Long> numbersById(CurrentMember me, UUID projectId) {
        Map<UUID, Long> numbers = new java.util.HashMap<>();
        db.sql("SELECT t.id, t.number FROM task t WHERE t.organization_id = :org AND t.project_id = :project AND "
                        + ProjectAccess.visible(":project"))
                .param("org", me.organizationId()).param("project", projectId).param("user", me.userId())
                .query((rs, row) -> numbers.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return numbers;
    }

    /** The project's trashed tasks, most recently trashed first. */
    public List<TrashedTask> trashed(CurrentMember me, UUID projectId) {
        return db.sql("""
                SELECT t.number, t.title, t.trashed_at FROM task t
                WHERE t.organization_id = :org AND t.project_id = :project AND t.trashed_at IS NOT NULL AND
                """ + ProjectAccess.visible(":project") + " ORDER BY t.trashed_at DESC, t.number")
                .param("org", me.organizationId()).param("project", projectId).param("user", me.userId())
                .query(TrashedTask.class).list();
    }

    /** Moves a task to the trash ({@code true}) or restores it; false when there was no such task to change. */
    @Transactional
    public boolean setTrashed(CurrentMember me, Project project, long number, boolean trashed) {
        Optional<UUID> id = db.sql("""
                UPDATE task SET trashed_at = CASE WHEN :trashed THEN now() END, version = version + 1, updated_at = now()
                WHERE organization_id = :org AND project_id = :project AND number = :number
                  AND (trashed_at IS NOT NULL) <> :trashed
                RETURNING id
                """)
                .param("trashed", trashed).param("org", me.organizationId()).param("project", project.id())
                .param("number", number)
                .query(UUID.class).optional();
        id.ifPresent(taskId -> {
            activity.record(me.organizationId(), me.userId(), "task", taskId, trashed ? "trashed" : "restored", Map.of());
            signal.changed(me.organizationId(), project.id());
        });
        return id.isPresent();
    }

    private String lastRank(CurrentMember me, UUID sectionId, UUID except) {
        return db.sql("""
                SELECT max(rank) FROM task
                WHERE organization_id = :org AND section_id = :section AND id <> :id
                """)
                .param("org", me.organizationId()).param("section", sectionId).param("id", except)
                .query(String.class).optional().orElse(null);
    }

    /** 404 unless the section is one of the project's. (Its foreign key guards against deletion meanwhile.) */
    private void requireSection(CurrentMember me, Project project, UUID sectionId) {
        db.sql("SELECT id FROM section WHERE organization_id = :org AND project_id = :project AND id = :id")
                .param("org", me.organizationId()).param("project", project.id()).param("id", sectionId)
                .query(UUID.class).optional().orElseThrow(NotFoundException::new);
    }

    private void lockSection(CurrentMember me, Project project, UUID sectionId) {
        db.sql("""
                SELECT id FROM section WHERE organization_id = :org AND project_id = :project AND id = :id
                FOR UPDATE
                """)
                .param("org", me.organizationId()).param("project", project.id()).param("id", sectionId)
                .query(UUID.class).optional().orElseThrow(NotFoundException::new);
    }
}

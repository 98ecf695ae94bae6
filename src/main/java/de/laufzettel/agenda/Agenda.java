package de.laufzettel.agenda;

import de.laufzettel.database.Ids;
import de.laufzettel.database.Rank;
import de.laufzettel.database.Read;
import de.laufzettel.database.Reads;
import de.laufzettel.project.ProjectAccess;
import de.laufzettel.task.Due;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's agenda across all their organisations: open tasks assigned to them and tasks they
 * pinned, in sections of their own. Every task is read through {@link ProjectAccess#VISIBLE_TO_ACCOUNT},
 * so a task leaves the agenda as soon as its project or organisation is out of reach.
 */
@Component
public class Agenda {
    static final List<String> DEFAULT_SECTIONS = List.of("agenda.section.focus", "agenda.section.next", "agenda.section.later");

    private final JdbcClient db;
    private final Reads reads;

    Agenda(JdbcClient db, Reads reads) {
        this.db = db;
        this.reads = reads;
    }

    /**
     * The person's sections in order. On the very first visit the defaults are created (names in
     * the person's language); someone who later deletes them all keeps it that way. One statement:
     * on every later visit it only reads, so opening the agenda writes nothing.
     */
    public Read<List<AgendaSection>> readSections(UUID accountId, List<String> defaultNames) {
        List<String> ranks = Rank.sequence(defaultNames.size());
        return Read.list("""
                WITH first_visit AS (
                    INSERT INTO agenda_owner (account_id) VALUES (:account) ON CONFLICT DO NOTHING RETURNING account_id
                ), defaults AS (
                    INSERT INTO agenda_section (account_id, id, name, rank)
                    SELECT f.account_id, d.id, d.name, d.rank
                    FROM first_visit f, unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:ranks AS text[])) AS d (id, name, rank)
                    RETURNING id, name, rank
                )
                SELECT id, name FROM (
                    SELECT id, name, rank FROM defaults
                    UNION ALL
                    SELECT id, name, rank FROM agenda_section WHERE account_id = :account
                ) s ORDER BY rank, id
                """, Map.of("account", accountId,
                        "ids", defaultNames.stream().map(name -> Ids.newId()).toArray(UUID[]::new),
                        "names", defaultNames.toArray(String[]::new), "ranks", ranks.toArray(String[]::new)),
                AgendaSection.class).<List<AgendaSection>>then(java.util.ArrayList::new);
    }

    private List<AgendaSection> list(UUID accountId) {
        return new java.util.ArrayList<>(db.sql("SELECT id, name FROM agenda_section WHERE account_id = :account ORDER BY rank, id")
                .param("account", accountId).query(AgendaSection.class).list());
    }

    /**
     * Open tasks assigned to the person, tasks they pinned, and their tasks completed in the last
     * 14 days, in the person's order; read with the other reads of the page.
     */
    public Supplier<List<AgendaTask>> readTasks(Reads.Together together, UUID accountId) {
        return read(together, accountId, "", "", Map.of());
    }

    /** One task of the person's agenda, if they may see it and it is on their agenda. */
    public Optional<AgendaTask> find(UUID accountId, UUID organizationId, UUID taskId) {
        return reads.run(together -> read(together, accountId, "WHERE t.organization_id = :org AND t.id = :task",
                "AND organization_id = :org AND task_id = :task", Map.of("org", organizationId, "task", taskId)))
                .stream().findFirst();
    }

    private Supplier<List<AgendaTask>> read(Reads.Together together, UUID accountId, String taskCondition,
            String entryCondition, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("user", accountId);
        Supplier<List<AgendaTask>> tasks = together.add(tasks(taskCondition, all));
        // The person's own entries (section, place, pin) are few; read once and matched here,
        // they cost less than a lookup for each task in the query.
        Supplier<Map<TaskKey, Placed>> entries = together.add(new Read<>(
                "SELECT organization_id, task_id, section_id, rank, pinned FROM agenda_entry WHERE account_id = :user "
                        + entryCondition, all, rs -> {
                    Map<TaskKey, Placed> placed = new HashMap<>();
                    while (rs.next()) {
                        placed.put(new TaskKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                                new Placed(rs.getObject(3, UUID.class), rs.getString(4), rs.getBoolean(5)));
                    }
                    return placed;
                }));
        return () -> inOrder(tasks.get(), entries.get());
    }

    private static Read<List<AgendaTask>> tasks(String condition, Map<String, Object> params) {
        // The person's tasks are found through the assignee index of each of their organisations,
        // and the pinned ones through their own entries; only those rows are read, and each of
        // them once: the branches carry every column shown, and a pinned task assigned to the
        // person comes through the first branch only, so no deduplication and no second lookup.
        // Open tasks count as completed at 'infinity': open and recently completed tasks are then
        // one range of that index (V25), and the person's older completed tasks are never read.
        return Read.list("WITH " + ProjectAccess.VISIBLE_TO_ACCOUNT + """
                , candidate AS (
                    SELECT t.organization_id, t.project_id, t.id, t.number, t.title, t.due_date, t.due_time,
                           t.completed_at, t.assignee_id
                    FROM task t
                    WHERE t.organization_id = ANY(ARRAY(SELECT DISTINCT organization_id FROM visible))
                      AND t.assignee_id = :user AND t.trashed_at IS NULL
                      AND coalesce(t.completed_at, 'infinity') > now() - interval '14 days'
                    UNION ALL
                    SELECT t.organization_id, t.project_id, t.id, t.number, t.title, t.due_date, t.due_time,
                           t.completed_at, t.assignee_id
                    FROM agenda_entry p
                    JOIN task t ON t.organization_id = p.organization_id AND t.id = p.task_id
                    WHERE p.account_id = :user AND p.pinned AND t.trashed_at IS NULL
                      AND t.assignee_id IS DISTINCT FROM CAST(:user AS uuid)
                      AND coalesce(t.completed_at, 'infinity') > now() - interval '14 days'
                )
                SELECT v.slug, v.org_name, v.id AS project_id, v.name AS project_name, t.organization_id, t.id,
                       t.number, t.title, t.due_date, t.due_time, t.completed_at IS NOT NULL AS completed,
                       t.assignee_id IS NOT DISTINCT FROM CAST(:user AS uuid) AS mine
                FROM candidate t
                JOIN visible v ON v.organization_id = t.organization_id AND v.id = t.project_id
                """ + condition, params, (rs, row) -> new AgendaTask(rs.getString(1), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class), rs.getLong(7), rs.getString(8),
                        Due.of(rs.getObject(9, LocalDate.class), rs.getObject(10, LocalTime.class)),
                        rs.getBoolean(11), rs.getBoolean(12), null, false));
    }

    private record TaskKey(UUID organizationId, UUID taskId) {
    }

    /** Where the person put a task: their section (null: the inbox), its place there, whether pinned. */
    private record Placed(UUID sectionId, String rank, boolean pinned) {
    }

    /** A task with its place among the person's tasks (rank null: never placed). */
    record Ranked(String rank, AgendaTask task) {
    }

    /**
     * The person's order: tasks never placed first, then the placed ones by rank; within that by
     * due date and time (none last) and number. Sorted here, not in the query: PostgreSQL's sort
     * on four keys took a third of the query's time, for rows that are in memory here anyway.
     * Ranks are ASCII digits that the database compares byte-wise (collation "C"), as Java does.
     * Written out rather than composed from {@link Comparator}'s helpers, which cost ten times
     * as much through their layers of calls.
     */
    static final Comparator<Ranked> ORDER = (a, b) -> {
        String r = a.rank();
        String q = b.rank();
        int order = r == null || q == null ? (r == q ? 0 : r == null ? -1 : 1) : r.compareTo(q);
        if (order != 0) {
            return order;
        }
        Due x = a.task().due();
        Due y = b.task().due();
        if (x == null || y == null) {
            order = compareNullsLast(x == null ? null : x.date(), y == null ? null : y.date());
        } else {
            order = x.date().compareTo(y.date());
            if (order == 0) {
                order = compareNullsLast(x.time(), y.time());
            }
        }
        return order != 0 ? order : Long.compare(a.task().number(), b.task().number());
    };

    private static <T extends Comparable<? super T>> int compareNullsLast(T a, T b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private static List<AgendaTask> inOrder(List<AgendaTask> tasks, Map<TaskKey, Placed> entries) {
        return tasks.stream().map(task -> {
            Placed placed = entries.get(new TaskKey(task.organizationId(), task.taskId()));
            return placed == null ? new Ranked(null, task)
                    : new Ranked(placed.rank(), task.placed(placed.sectionId(), placed.pinned()));
        }).sorted(ORDER).map(Ranked::task).toList();
    }

    /** The IDs of every project the person can see: the boards whose changes may change the agenda. */
    public List<UUID> visibleProjects(UUID accountId) {
        return db.sql("WITH " + ProjectAccess.VISIBLE_TO_ACCOUNT + " SELECT id FROM visible")
                .param("user", accountId).query(UUID.class).list();
    }

    /** Puts a task into one of the person's sections (null: the inbox), at the end. */
    @Transactional
    public void place(UUID accountId, AgendaTask task, UUID sectionId) {
        String last = db.sql("SELECT max(rank) FROM agenda_entry WHERE account_id = :account")
                .param("account", accountId).query(String.class).optional().orElse(null);
        db.sql("""
                INSERT INTO agenda_entry (account_id, organization_id, task_id, section_id, rank)
                VALUES (:account, :org, :task, :section, :rank)
                ON CONFLICT (account_id, organization_id, task_id)
                DO UPDATE SET section_id = EXCLUDED.section_id, rank = EXCLUDED.rank
                """)
                .param("account", accountId).param("org", task.organizationId()).param("task", task.taskId())
                .param("section", sectionId).param("rank", Rank.spread(Rank.after(last)))
                .update();
    }

    /** Pins ({@code true}) or unpins a task the person can see. */
    @Transactional
    public void setPinned(UUID accountId, UUID organizationId, UUID taskId, boolean pinned) {
        db.sql("""
                INSERT INTO agenda_entry (account_id, organization_id, task_id, pinned)
                VALUES (:account, :org, :task, :pinned)
                ON CONFLICT (account_id, organization_id, task_id) DO UPDATE SET pinned = EXCLUDED.pinned
                """)
                .param("account", accountId).param("org", organizationId).param("task", taskId).param("pinned", pinned)
                .update();
    }

    public Read<Boolean> readPinned(UUID accountId, UUID organizationId, UUID taskId) {
        return Read.list("""
                SELECT EXISTS (SELECT 1 FROM agenda_entry
                               WHERE account_id = :account AND organization_id = :org AND task_id = :task AND pinned)
                """, Map.of("account", accountId, "org", organizationId, "task", taskId), Boolean.class)
                .then(List::getFirst);
    }

    /** Adds a section at the end; false when the person already has one of that name. */
    @Transactional
    public boolean addSection(UUID accountId, String name) {
        String last = db.sql("SELECT max(rank) FROM agenda_section WHERE account_id = :account")
                .param("account", accountId).query(String.class).optional().orElse(null);
        return db.sql("""
                INSERT INTO agenda_section (account_id, id, name, rank) VALUES (:account, :id, :name, :rank)
                ON CONFLICT DO NOTHING
                """)
                .param("account", accountId).param("id", Ids.newId()).param("name", name)
                .param("rank", Rank.after(last)).update() > 0;
    }

    /** Renames one of the person's sections; false when another of theirs has that name. */
    @Transactional
    public boolean renameSection(UUID accountId, UUID sectionId, String name) {
        boolean taken = db.sql("""
                SELECT EXISTS (SELECT 1 FROM agenda_section
                               WHERE account_id = :account AND lower(name) = lower(:name) AND id <> :id)
                """)
                .param("account", accountId).param("name", name).param("id", sectionId).query(Boolean.class).single();
        if (taken) {
            return false;
        }
        db.sql("UPDATE agenda_section SET name = :name WHERE account_id = :account AND id = :id")
                .param("name", name).param("account", accountId).param("id", sectionId).update();
        return true;
    }

    /** Deletes one of the person's sections; its tasks go back to the inbox. */
    @Transactional
    public void deleteSection(UUID accountId, UUID sectionId) {
        db.sql("DELETE FROM agenda_section WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", sectionId).update();
    }

    /** Moves a section one place up ({@code -1}) or down ({@code 1}) among the person's sections. */
    @Transactional
    public void moveSection(UUID accountId, UUID sectionId, int direction) {
        List<AgendaSection> sections = list(accountId);
        int at = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                at = i;
            }
        }
        int to = at + direction;
        if (at < 0 || to < 0 || to >= sections.size()) {
            return;
        }
        AgendaSection moved = sections.remove(at);
        sections.add(to, moved);
        List<String> ranks = Rank.sequence(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            db.sql("UPDATE agenda_section SET rank = :rank WHERE account_id = :account AND id = :id")
                    .param("rank", ranks.get(i)).param("account", accountId).param("id", sections.get(i).id()).update();
        }
    }

    public boolean ownsSection(UUID accountId, UUID sectionId) {
        return list(accountId).stream().anyMatch(s -> s.id().equals(sectionId));
    }
}

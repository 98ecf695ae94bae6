package de.laufzettel.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What search reads of a task (task_search, kept by triggers) must follow every change to the task. */
class SearchTableTest extends AppTest {

    @Test
    void followsEveryChangeAndMatchesTheTaskRows() {
        BoardWithTask s = boardWithTask("Suchtabellenstadt", "Präsentation erstellen");
        Web web = s.web();
        assertThat(mismatches()).isZero();
        assertThat(web.get("/search?q=Pr%C3%A4sentation").body()).contains(s.task());

        web.post(s.task(), "_method", "put", "version", "0", "title", "Gutachten beauftragen",
                "notes", "Angebote beim Bauamt einholen", "assignee", s.org().admin().id().toString(),
                "due", LocalDate.now(de.laufzettel.task.Due.ZONE).plusDays(3).toString(), "dueTime", "");
        assertThat(row(s.project())).isEqualTo("gutachten bauamt assigned due open in use");
        assertThat(mismatches()).isZero();
        assertThat(web.get("/search?q=Bauamt").body()).contains(s.task());
        assertThat(web.get("/search?q=Pr%C3%A4sentation").body()).doesNotContain(s.task());

        web.post(s.task() + "/completion");
        assertThat(row(s.project())).isEqualTo("gutachten bauamt assigned due done in use");
        web.post(s.task() + "/trash");
        assertThat(row(s.project())).isEqualTo("gutachten bauamt assigned due done trashed");
        assertThat(mismatches()).isZero();
        assertThat(web.get("/search?q=Gutachten").body()).doesNotContain(s.task());

        web.post(s.task() + "/trash", "_method", "delete");
        web.post(s.task() + "/completion", "_method", "delete");
        assertThat(row(s.project())).isEqualTo("gutachten bauamt assigned due open in use");
        assertThat(mismatches()).isZero();
        assertThat(web.get("/search?q=Gutachten").body()).contains(s.task());
    }

    /** The search row of the project's one task, in words. */
    private String row(UUID project) {
        return db.sql("""
                SELECT concat_ws(' ',
                    CASE WHEN search_vector @@ to_tsquery('german', 'Gutachten') THEN 'gutachten' END,
                    CASE WHEN search_vector @@ to_tsquery('german', 'Bauamt') THEN 'bauamt' END,
                    CASE WHEN assignee_id IS NOT NULL THEN 'assigned' ELSE 'unassigned' END,
                    CASE WHEN due_date IS NOT NULL THEN 'due' ELSE 'no date' END,
                    CASE WHEN completed_at IS NOT NULL THEN 'done' ELSE 'open' END,
                    CASE WHEN trashed_at IS NOT NULL THEN 'trashed' ELSE 'in use' END)
                FROM task_search WHERE project_id = :p
                """).param("p", project).query(String.class).single();
    }

    /** Tasks whose search row is missing or differs from what their own columns give. */
    private long mismatches() {
        return db.sql("""
                SELECT count(*) FROM task t FULL JOIN task_search s ON s.organization_id = t.organization_id AND s.id = t.id
                WHERE t.id IS NULL OR s.id IS NULL
                   OR (s.project_id, s.number, s.assignee_id, s.due_date, s.completed_at, s.trashed_at)
                      IS DISTINCT FROM (t.project_id, t.number, t.assignee_id, t.due_date, t.completed_at, t.trashed_at)
                   OR s.search_vector IS DISTINCT FROM task_search_vector(t.title, t.notes)
                """).query(Long.class).single();
    }
}

package de.laufzettel.search;

import de.laufzettel.database.Read;
import de.laufzettel.project.ProjectAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds tasks across every project a person can see, in all their organisations, and nothing
 * else: the projects are narrowed down in the same SQL statement (active membership; organisation
 * admin or member of the project), never afterwards in Java.
 */
@Component
public class Search {
    public static final int QUERY_MAX = 200;
    /** Hits on one page of the search page. */
    public static final int PAGE = 20;
    /** The deepest hit a search reaches (the web's last page, the API's one answer). */
    public static final int DEPTH_MAX = 500;
    /** The search page's deepest page: its hits and the one that tells of a next page stay within reach. */
    public static final int LAST_PAGE = (DEPTH_MAX - 1) / PAGE;

    private final JdbcClient db;

    Search(JdbcClient db) {
        this.db = db;
    }

    /**
     * At most {@code limit} hits from the {@code offset}-th on, best first; titles that match
     * outrank notes, comments and checklists, and ties go by task number and then identity, so
     * pages follow one order. Each source is searched through an index that starts with the
     * organisation (btree_gin), so only the person's organisations are read, however many others
     * share the database. Titles similar to the query (typing errors) are looked for only when the
     * words themselves find fewer than a page of hits: similarity over every title is the costly
     * part, and a query that finds enough as typed was not mistyped.
     */
    public List<SearchHit> find(UUID userId, String query, SearchFilter filter, int offset, int limit) {
        return readFind(userId, query, filter, offset, limit).on(db);
    }

    public Read<List<SearchHit>> readFind(UUID userId, String query, SearchFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || offset + limit > DEPTH_MAX) {
            throw new IllegalArgumentException("hits " + offset + "+" + limit + " beyond " + DEPTH_MAX);
        }
        Map<String, Object> params = new HashMap<>();
        String conditions = filter.sql(params, userId);
        params.put("user", userId);
        params.put("query", query);
        params.put("depth", offset + limit);
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("fuzzyBelow", PAGE);
        // Each source keeps only its own best hits down to the page's last, already in the final
        // order (weight, rank, done, number, identity) and limited to visible projects: the page's
        // hits are among them, since a task ranks overall by its best source. Common words match
        // thousands of tasks; handing them all on to be grouped and sorted again had been half the
        // work. A task comes once per source (comments, checklist items and tags only say which
        // tasks), so a source's hits are its own. The weights are real, as word_similarity's are:
        // a numeric column is of variable width, and every column after it in the rows being sorted
        // was then found by walking the row anew for each comparison; a common word's search spent
        // a fifth of its time on that. The words are read from task_search, a narrow copy of what a
        // search needs of each task (V24), not from the wide task rows. The titles-and-notes source,
        // the one that finds thousands, looks each match's project up in a hash of the visible ones
        // instead of comparing it with each of the ~50 in turn (0.2–0.5 ms for a common
        // word); IS TRUE keeps PostgreSQL from turning the IN into a join, for which it chose to
        // read every visible project's tasks and test each for the words.
        String kept = " AND t.trashed_at IS NULL" + conditions;
        String task = " t.project_id = ANY(projects.ids)" + kept;
        String ranked = "ts_rank(%s.search_vector, q.words) AS rank, t.completed_at IS NOT NULL AS completed, t.number";
        String best = " ORDER BY rank DESC, completed, t.number DESC, t.organization_id, t.id LIMIT :depth)";
        String found = " FROM task_search t, q, projects WHERE (t.organization_id, t.id) IN (SELECT %1$s.organization_id, %1$s.task_id FROM ";
        return Read.list("WITH " + ProjectAccess.VISIBLE_TO_ACCOUNT + """
                , orgs AS (
                    SELECT ARRAY(SELECT DISTINCT organization_id FROM visible) AS ids
                ), projects AS (
                    SELECT ARRAY(SELECT id FROM visible) AS ids
                ), q AS (
                    SELECT websearch_to_tsquery('german', :query) AS words
                ), words (organization_id, project_id, id, weight, rank, completed, number) AS (
                    (SELECT t.organization_id, t.project_id, t.id, CAST(2.0 AS real),\s""" + ranked.formatted("t") + """
                     FROM task_search t, q, orgs
                    WHERE t.organization_id = ANY(orgs.ids) AND t.search_vector @@ q.words
                      AND (t.project_id IN (SELECT id FROM visible)) IS TRUE""" + kept + best + """

                    UNION ALL
                    (SELECT t.organization_id, t.project_id, t.id, CAST(1.0 AS real),\s""" + ranked.formatted("t") + found.formatted("c") + """
                         comment c, q, orgs WHERE c.organization_id = ANY(orgs.ids) AND c.search_vector @@ q.words)
                      AND""" + task + best + """

                    UNION ALL
                    (SELECT t.organization_id, t.project_id, t.id, CAST(1.0 AS real),\s""" + ranked.formatted("t") + found.formatted("i") + """
                         checklist_item i, q, orgs WHERE i.organization_id = ANY(orgs.ids) AND i.search_vector @@ q.words)
                      AND""" + task + best + """

                    UNION ALL
                    (SELECT t.organization_id, t.project_id, t.id, CAST(1.5 AS real),\s""" + ranked.formatted("t") + found.formatted("tt") + """
                         task_tag tt JOIN tag g ON g.organization_id = tt.organization_id AND g.id = tt.tag_id, q, orgs
                         WHERE tt.organization_id = ANY(orgs.ids)
                           AND (to_tsvector('german', g.name) @@ q.words OR lower(g.name) = lower(:query)))
                      AND""" + task + best + """

                ), found AS (
                    SELECT * FROM words
                    UNION ALL
                    (SELECT t.organization_id, t.project_id, t.id, word_similarity(:query, t.title) AS weight,\s""" + ranked.formatted("s") + """
                     FROM task t JOIN task_search s ON s.organization_id = t.organization_id AND s.id = t.id, q, orgs, projects
                    WHERE t.organization_id = ANY(orgs.ids) AND :query <% t.title
                      AND (SELECT count(*) FROM words) < :fuzzyBelow AND""" + task + """
                    ORDER BY weight DESC, rank DESC, completed, t.number DESC, t.organization_id, t.id LIMIT :depth)
                ), best AS (
                    SELECT f.organization_id, f.project_id, f.id, max(f.weight) AS weight, max(f.rank) AS rank,
                           bool_or(f.completed) AS completed, max(f.number) AS number
                    FROM found f
                    GROUP BY f.organization_id, f.project_id, f.id
                    ORDER BY weight DESC, rank DESC, completed, number DESC, f.organization_id, f.id
                    LIMIT :limit OFFSET :offset
                )
                SELECT v.slug, v.org_name, v.id AS project_id, v.name AS project_name, t.number, t.title, b.completed,
                       ts_headline('german', t.title || E'\\n' || left(t.notes, 2000), q.words,
                                   'StartSel=' || chr(1) || ', StopSel=' || chr(2)
                                   || ', MaxWords=30, MinWords=10, MaxFragments=1') AS snippet
                FROM best b
                JOIN visible v ON v.organization_id = b.organization_id AND v.id = b.project_id
                JOIN task t ON t.organization_id = b.organization_id AND t.id = b.id, q
                ORDER BY b.weight DESC, b.rank DESC, b.completed, b.number DESC, b.organization_id, b.id
                """, params, (rs, row) -> new SearchHit(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)));
    }
}
